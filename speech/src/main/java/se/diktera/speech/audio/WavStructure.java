package se.diktera.speech.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import se.diktera.core.engine.EngineException;
import se.diktera.core.problem.Problem;

/**
 * Checks a RIFF/WAVE file's header against itself and against the file before the JDK reads it:
 * the JDK believes the header, so a format block that contradicts itself would be decoded as noise
 * and a data size smaller than the sound that follows would hide most of the recording, and either
 * would transcribe to nothing without a word said. Reads the chunk headers only (a few hundred
 * bytes at most for an ordinary file), never the sound.
 */
final class WavStructure {

    /** Chunks beyond this many are not a recording but a trap (each costs a read). */
    private static final int MAX_CHUNKS = 64;
    private static final int WAVE_FORMAT_PCM = 1;
    private static final int WAVE_FORMAT_IEEE_FLOAT = 3;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;

    private WavStructure() {
    }

    /**
     * @throws EngineException {@link Problem#AUDIO_HEADER_WRONG} when the header contradicts itself
     *         or the file; nothing for files that are no WAV (the JDK judges those)
     */
    static void check(Path file, String name) throws EngineException, IOException {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            ByteBuffer riff = read(ch, 0, 12);
            if (riff == null || !tag(riff, 0).equals("RIFF") || !tag(riff, 8).equals("WAVE")) {
                return;
            }
            Format format = null;
            long at = 12;
            for (int chunks = 0; chunks < MAX_CHUNKS && at + 8 <= size; chunks++) {
                ByteBuffer head = read(ch, at, 8);
                String id = tag(head, 0);
                long length = Integer.toUnsignedLong(head.getInt(4));
                if (id.equals("fmt ")) {
                    format = Format.of(read(ch, at + 8, (int) Math.min(length, 40)), name);
                } else if (id.equals("data")) {
                    checkData(format, length, size - at - 8, name);
                    return;
                }
                at += 8 + length + (length & 1);
            }
        }
    }

    private static void checkData(Format format, long declared, long available, String name) throws EngineException {
        if (format == null) {
            throw wrong(name, "its sound comes before the header says how it is stored");
        }
        if (declared <= available) {
            long unclaimed = available - declared;
            // After the sound a WAV may carry more chunks (LIST, id3) of a few kilobytes; a second or
            // more of bytes the header does not count is sound it hides.
            if (declared == 0 && available > 0 || unclaimed >= format.bytesPerSecond()) {
                throw wrong(name, String.format(Locale.ROOT, "its header says it holds %.1f s of sound, but the file holds %.1f s more"
                        + " after that (a recorder that stopped before it finished the header); repair it with: diktera recordings",
                        format.seconds(declared), format.seconds(unclaimed)));
            }
        }
    }

    private static EngineException wrong(String name, String what) {
        return new EngineException(Problem.AUDIO_HEADER_WRONG, "'" + name + "' has a header that does not match its sound: " + what);
    }

    private static ByteBuffer read(SeekableByteChannel ch, long at, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        ch.position(at);
        while (b.hasRemaining()) {
            if (ch.read(b) < 0) {
                return null;
            }
        }
        return b.flip();
    }

    private static String tag(ByteBuffer b, int at) {
        byte[] four = new byte[4];
        b.get(at, four);
        return new String(four, StandardCharsets.US_ASCII);
    }

    /** The fmt chunk, checked: block size and byte rate follow from channels, rate and sample size. */
    private record Format(int channels, long sampleRate, int bitsPerSample, long byteRate, int blockAlign) {

        static Format of(ByteBuffer fmt, String name) throws EngineException {
            if (fmt == null || fmt.limit() < 16) {
                throw wrong(name, "its format block is too short to say how the sound is stored");
            }
            int encoding = Short.toUnsignedInt(fmt.getShort(0));
            Format f = new Format(Short.toUnsignedInt(fmt.getShort(2)), Integer.toUnsignedLong(fmt.getInt(4)),
                    Short.toUnsignedInt(fmt.getShort(14)), Integer.toUnsignedLong(fmt.getInt(8)), Short.toUnsignedInt(fmt.getShort(12)));
            boolean pcm = encoding == WAVE_FORMAT_PCM || encoding == WAVE_FORMAT_IEEE_FLOAT || encoding == WAVE_FORMAT_EXTENSIBLE;
            if (!pcm) {
                return f.withoutChecks();
            }
            if (f.channels() < 1 || f.channels() > 8 || f.sampleRate() < 1000 || f.sampleRate() > 384_000
                    || f.bitsPerSample() % 8 != 0 || f.bitsPerSample() < 8 || f.bitsPerSample() > 64) {
                throw wrong(name, String.format(Locale.ROOT, "it claims %d channels of %d-bit sound at %d Hz, which no recorder writes",
                        f.channels(), f.bitsPerSample(), f.sampleRate()));
            }
            int block = f.channels() * f.bitsPerSample() / 8;
            if (f.blockAlign() != block || f.byteRate() != f.sampleRate() * block) {
                throw wrong(name, String.format(Locale.ROOT, "%d channels of %d-bit sound at %d Hz take %d bytes a frame and %d a second,"
                        + " but the header says %d and %d", f.channels(), f.bitsPerSample(), f.sampleRate(), block,
                        f.sampleRate() * block, f.blockAlign(), f.byteRate()));
            }
            return f;
        }

        /** A compressed encoding: the JDK refuses it with its own reason; no rate to judge lengths by. */
        private Format withoutChecks() {
            return new Format(channels, sampleRate, bitsPerSample, 0, blockAlign);
        }

        long bytesPerSecond() {
            return byteRate > 0 ? byteRate : Long.MAX_VALUE;
        }

        double seconds(long bytes) {
            return byteRate > 0 ? bytes / (double) byteRate : 0;
        }
    }
}
