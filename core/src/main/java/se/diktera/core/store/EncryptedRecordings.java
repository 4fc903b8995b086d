package se.diktera.core.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.diktera.core.engine.AudioSink;

/**
 * Recordings in the encrypted store. Each has its own random key (sealed with the store's key)
 * and is appended as sealed chunks, forced to disk at least twice a second, so a crash loses at
 * most the chunk being written. Deleting a recording destroys its key first: the audio is
 * unreadable even if a copy of its chunks survives somewhere. A recording that was ended properly
 * closes with a sealed end record holding its chunk count, so a recording cut at a chunk boundary
 * (a crash between two chunks, or chunks removed afterwards) is told from a whole one.
 */
public final class EncryptedRecordings {

    static final long SYNC_INTERVAL_MS = 500;
    /** In place of a chunk's length: the sealed end record follows. */
    private static final int END_MARK = -1;
    private final Path dir;
    private final byte[] storeKey;
    private final Crypto crypto;

    EncryptedRecordings(Path dir, byte[] storeKey, Crypto crypto) {
        this.dir = dir;
        this.storeKey = storeKey;
        this.crypto = crypto;
    }

    /**
     * What was read back: the audio, whether a torn last chunk (a crash mid-write) was dropped, and
     * whether the recording was ended (its sealed end record is there and counts these chunks);
     * not ended means it was cut short by a crash.
     */
    public record Recovered(byte[] pcm, int chunks, boolean tornTailDropped, boolean ended) {
    }

    /** The ids of the recordings in the store. */
    public List<String> ids() throws IOException {
        return ids(dir);
    }

    /** The ids of the recordings in {@code dir}, from their key files' names (no key needed). */
    static List<String> ids(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> keys = Files.newDirectoryStream(dir, "*.key")) {
            for (Path k : keys) {
                String name = k.getFileName().toString();
                ids.add(name.substring(0, name.length() - ".key".length()));
            }
        }
        ids.sort(null);
        return ids;
    }

    public AudioSink start(String id) throws IOException {
        Files.createDirectories(dir);
        byte[] key = crypto.newKey();
        AtomicFiles.write(keyFile(id), crypto.seal(storeKey, key, keyAad(id)));
        FileChannel ch = FileChannel.open(chunks(id), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new ChunkWriter(id, key, ch);
    }

    /**
     * Reads a recording back. A last chunk cut short by a crash is dropped; any other damage is
     * tampering and nothing is returned.
     */
    public Recovered read(String id) throws IOException {
        byte[] key = key(id);
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        int index = 0;
        boolean torn = false;
        boolean ended = false;
        try (DataInputStream in = new DataInputStream(Files.newInputStream(chunks(id)))) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                if (length == END_MARK) {
                    ended = readEnd(in, id, index);
                    break;
                }
                byte[] sealed = new byte[Math.max(0, length)];
                int read = in.readNBytes(sealed, 0, sealed.length);
                if (length < 0 || read < length) {
                    torn = true;
                    break;
                }
                pcm.write(Crypto.open(key, sealed, chunkAad(id, index), "Chunk " + index + " of recording " + id));
                index++;
            }
        }
        return new Recovered(pcm.toByteArray(), index, torn, ended);
    }

    /** The end record after {@code chunks} chunks: true when whole and counting them; a torn one is a crash at the end. */
    private boolean readEnd(DataInputStream in, String id, int chunks) throws IOException {
        int length;
        try {
            length = in.readInt();
        } catch (EOFException torn) {
            return false;
        }
        byte[] sealed = new byte[Math.max(0, Math.min(length, 1024))];
        if (length < 0 || length > 1024 || in.readNBytes(sealed, 0, sealed.length) < length) {
            return false;
        }
        ByteBuffer end = ByteBuffer.wrap(Crypto.open(key(id), sealed, endAad(id), "The end of recording " + id));
        if (end.getInt() != chunks) {
            throw new TamperedDataException("Recording " + id + " ends after " + chunks + " chunks but was sealed with more or fewer");
        }
        return true;
    }

    private byte[] key(String id) throws IOException {
        return Crypto.open(storeKey, Files.readAllBytes(keyFile(id)), keyAad(id), "The key of recording " + id);
    }

    public boolean exists(String id) {
        return Files.exists(keyFile(id));
    }

    /** Destroys the recording's key (overwritten, forced, deleted), then its audio. */
    public void destroy(String id) throws IOException {
        Path key = keyFile(id);
        if (Files.exists(key)) {
            try (FileChannel ch = FileChannel.open(key, StandardOpenOption.WRITE)) {
                ch.write(ByteBuffer.allocate((int) ch.size()), 0);
                ch.force(true);
            }
            Files.delete(key);
        }
        Files.deleteIfExists(chunks(id));
        AtomicFiles.forceDirectory(dir);
    }

    private Path keyFile(String id) {
        check(id);
        return dir.resolve(id + ".key");
    }

    private Path chunks(String id) {
        check(id);
        return dir.resolve(id + ".audio");
    }

    private static void check(String id) {
        if (!id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A recording id uses letters, digits, '.', '_' and '-' only");
        }
    }

    private static byte[] keyAad(String id) {
        return ("diktera-recording-key\n" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] endAad(String id) {
        return ("diktera-recording-end\n" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chunkAad(String id, int index) {
        return ("diktera-recording\n" + id + "\n" + index).getBytes(StandardCharsets.UTF_8);
    }

    private final class ChunkWriter implements AudioSink {
        private final String id;
        private final byte[] key;
        private final FileChannel channel;
        private int index;
        private long bytes;
        private long lastSync = System.nanoTime();

        ChunkWriter(String id, byte[] key, FileChannel channel) {
            this.id = id;
            this.key = key;
            this.channel = channel;
        }

        @Override
        public void append(byte[] pcm, int offset, int length) throws IOException {
            byte[] plain = Arrays.copyOfRange(pcm, offset, offset + length);
            byte[] sealed = crypto.seal(key, plain, chunkAad(id, index++));
            ByteBuffer b = ByteBuffer.allocate(4 + sealed.length).putInt(sealed.length).put(sealed).flip();
            while (b.hasRemaining()) {
                channel.write(b);
            }
            bytes += length;
            if ((System.nanoTime() - lastSync) / 1_000_000 >= SYNC_INTERVAL_MS) {
                channel.force(false);
                lastSync = System.nanoTime();
            }
        }

        @Override
        public long dataBytes() {
            return bytes;
        }

        @Override
        public void close() throws IOException {
            try {
                byte[] count = ByteBuffer.allocate(12).putInt(index).putLong(bytes).array();
                byte[] sealed = crypto.seal(key, count, endAad(id));
                ByteBuffer b = ByteBuffer.allocate(8 + sealed.length).putInt(END_MARK).putInt(sealed.length).put(sealed).flip();
                while (b.hasRemaining()) {
                    channel.write(b);
                }
                channel.force(true);
            } finally {
                channel.close();
                Arrays.fill(key, (byte) 0);
            }
        }
    }

    /** For tests and tools: the raw chunk file, to simulate a crash or tampering. */
    Path chunkFile(String id) {
        return chunks(id);
    }

}
