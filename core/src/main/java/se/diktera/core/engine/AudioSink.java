package se.diktera.core.engine;

import java.io.IOException;

/**
 * Where captured audio ({@link PcmFormat}) is kept as it arrives: a crash-safe WAV file, or the
 * encrypted store. Called from one capture thread.
 */
public interface AudioSink extends AutoCloseable {

    void append(byte[] pcm, int offset, int length) throws IOException;

    /** Bytes appended so far. */
    long dataBytes();

    /** Closes without finishing: what was appended stays recoverable. */
    @Override
    void close() throws IOException;
}
