package se.diktera.speech.audio;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

import se.diktera.core.engine.PcmFormat;

/**
 * Releases PCM no faster than it would come from a microphone, so that a file can stand in for
 * a live recording (the demo, and tests of crash-safe recording).
 */
public final class PacedInputStream extends FilterInputStream {

    private final long startNanos = System.nanoTime();
    private final double speed;
    private long delivered;

    /** @param speed 1 for real time, 2 for twice as fast */
    public PacedInputStream(InputStream pcm, double speed) {
        super(pcm);
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
        this.speed = speed;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        waitUntilDue();
        int n = super.read(b, off, Math.min(len, PcmFormat.BYTES_PER_SECOND / 10));
        if (n > 0) {
            delivered += n;
        }
        return n;
    }

    private void waitUntilDue() throws IOException {
        long dueNanos = (long) (PcmFormat.bytesToMillis(delivered) * 1_000_000L / speed);
        long waitNanos = dueNanos - (System.nanoTime() - startNanos);
        if (waitNanos > 0) {
            try {
                Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while pacing audio");
            }
        }
    }
}
