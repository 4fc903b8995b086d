package se.diktera.speech.recording;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import se.diktera.core.engine.AudioSink;

/**
 * Writes a recording to disk as it is captured, so that a crash loses almost nothing: every chunk
 * goes to the file at once (a killed process loses nothing the OS has), and the file is forced to
 * the disk at least every {@value #SYNC_INTERVAL_MS} ms (a power cut loses at most that).
 *
 * <p>While recording, the file is {@code ID.wav.part} with a header that claims no data; {@link
 * #finish()} writes the true header and renames it to {@code ID.wav}. {@link RecordingRecovery}
 * repairs a {@code .part} left by a crash. Not thread-safe: one capture thread appends.
 */
public final class CrashSafeRecorder implements AudioSink {

    static final String PART_SUFFIX = ".wav.part";
    static final long SYNC_INTERVAL_MS = 500;

    private final Path part;
    private final Path finished;
    private final FileChannel channel;
    private long dataBytes;
    private long lastSyncNanos = System.nanoTime();
    private boolean closed;

    private CrashSafeRecorder(Path part, Path finished, FileChannel channel) {
        this.part = part;
        this.finished = finished;
        this.channel = channel;
    }

    /**
     * Starts {@code ID.wav.part} in {@code dir}. Refuses an id already used, so nothing is overwritten.
     */
    public static CrashSafeRecorder start(Path dir, String id) throws IOException {
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A recording id uses letters, digits, '.', '_' and '-' only");
        }
        Files.createDirectories(dir);
        Path finished = dir.resolve(id + ".wav");
        if (Files.exists(finished)) {
            throw new FileAlreadyExistsException(finished.toString());
        }
        Path part = dir.resolve(id + PART_SUFFIX);
        FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        channel.write(WavHeader.forDataBytes(0));
        channel.force(true);
        return new CrashSafeRecorder(part, finished, channel);
    }

    @Override
    public void append(byte[] pcm, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(pcm, offset, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        dataBytes += length;
        long now = System.nanoTime();
        if ((now - lastSyncNanos) / 1_000_000L >= SYNC_INTERVAL_MS) {
            channel.force(false);
            lastSyncNanos = now;
        }
    }

    @Override
    public long dataBytes() {
        return dataBytes;
    }

    /** Writes the true header, forces the file to disk, and renames it; returns the finished file. */
    public Path finish() throws IOException {
        channel.write(WavHeader.forDataBytes(dataBytes), 0);
        channel.force(true);
        channel.close();
        closed = true;
        Files.move(part, finished, StandardCopyOption.ATOMIC_MOVE);
        return finished;
    }

    /** Closes without finishing: the {@code .part} stays for {@link RecordingRecovery}. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            channel.force(true);
            channel.close();
            closed = true;
        }
    }
}
