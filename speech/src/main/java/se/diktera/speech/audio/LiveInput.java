package se.diktera.speech.audio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * The audio on its way from a source to the recogniser, with a pause switch and a meter. While
 * paused, a live source (a microphone) is still read, so its buffer does not overflow, but what
 * it hears is dropped; a file source simply waits. {@link #end()} stops it early. The meter reports, per chunk, the audio time
 * passed through and its loudness.
 */
public final class LiveInput extends FilterInputStream {

    /** Called on the reading thread after each chunk that was passed on. */
    @FunctionalInterface
    public interface Meter {
        void measured(long elapsedMs, double level);
    }

    private final boolean live;
    private final Meter meter;
    private final Object gate = new Object();
    private volatile boolean paused;
    private volatile boolean ended;
    private long passedBytes;

    public LiveInput(InputStream pcm16kMono, boolean live, Meter meter) {
        super(pcm16kMono);
        this.live = live;
        this.meter = meter;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    /** Ends the audio here: the next read reports the end, so what was heard so far is finished normally. */
    public void end() {
        synchronized (gate) {
            ended = true;
            gate.notifyAll();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
            if (ended) {
                return -1;
            }
            if (paused && !live) {
                awaitResume();
                continue;
            }
            int n = super.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            if (paused) {
                continue;
            }
            passedBytes += n;
            meter.measured(PcmClip.durationMs(passedBytes), AudioLevel.rms(b, off, n - (n % 2)));
            return n;
        }
    }

    private void awaitResume() throws InterruptedIOException {
        synchronized (gate) {
            while (paused && !ended) {
                try {
                    gate.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("Stopped while paused");
                }
            }
        }
    }
}
