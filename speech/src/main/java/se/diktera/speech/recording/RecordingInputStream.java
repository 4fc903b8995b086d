package se.diktera.speech.recording;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import se.diktera.core.engine.AudioSink;

/**
 * Passes audio through to whoever reads it (the recogniser) and writes every byte to an
 * {@link AudioSink} first (a {@link CrashSafeRecorder}, or the encrypted store), so what was heard
 * is on disk before it is transcribed.
 */
public final class RecordingInputStream extends FilterInputStream {

    private final AudioSink recorder;

    public RecordingInputStream(InputStream pcm, AudioSink recorder) {
        super(pcm);
        this.recorder = recorder;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            recorder.append(b, off, n);
        }
        return n;
    }
}
