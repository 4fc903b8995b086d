package se.diktera.speech.audio;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.PcmFormat;
import se.diktera.core.problem.Problem;

/**
 * Opens audio files in any format the JDK reads (WAV, AIFF, AU; any rate, mono or stereo) as
 * {@link PcmFormat} audio. The JDK's converters resample and mix down; nothing is written.
 */
public final class AudioFiles {

    /** The target format as Java Sound names it. */
    public static final AudioFormat PCM_16K_MONO = new AudioFormat(PcmFormat.SAMPLE_RATE, 16, 1, true, false);

    private AudioFiles() {
    }

    /**
     * @return a stream of 16 kHz mono 16-bit PCM; the caller closes it
     * @throws EngineException saying clearly why the file cannot be used (missing, not audio, empty)
     */
    public static AudioInputStream openAsPcm(Path file) throws EngineException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        AudioInputStream source = null;
        try {
            if (Files.isDirectory(file)) {
                throw new EngineException(Problem.AUDIO_NOT_AUDIO, "'" + name + "' is a folder, not an audio file");
            }
            WavStructure.check(file, name);
            InputStream raw = new BufferedInputStream(Files.newInputStream(file));
            try {
                source = AudioSystem.getAudioInputStream(raw);
            } catch (UnsupportedAudioFileException | EOFException e) {
                raw.close();
                throw new EngineException(Problem.AUDIO_NOT_AUDIO, "'" + name + "' is not an audio file Diktera can read"
                        + " (WAV, AIFF or AU with PCM audio); it may be damaged or in another format", e);
            }
            if (source.getFrameLength() == 0) {
                throw new EngineException(Problem.AUDIO_EMPTY, "'" + name + "' contains no audio");
            }
            requireWhole(source, Files.size(file), name);
            AudioInputStream converted = source.getFormat().matches(PCM_16K_MONO)
                    ? source : AudioSystem.getAudioInputStream(PCM_16K_MONO, source);
            source = null;
            return converted;
        } catch (NoSuchFileException e) {
            throw new EngineException(Problem.AUDIO_FILE_MISSING, "The audio file '" + name + "' does not exist", e);
        } catch (IllegalArgumentException e) {
            throw new EngineException(Problem.AUDIO_ENCODING, "'" + name + "' uses an audio encoding Diktera cannot convert ("
                    + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new EngineException(Problem.AUDIO_UNREADABLE, "The audio file '" + name + "' cannot be read: " + e.getMessage(), e);
        } finally {
            closeQuietly(source);
        }
    }

    /**
     * A file shorter than its header says (copied or cut before the recording ended) would be read
     * to where it stops and pass for a short recording; it is refused, saying how much is missing.
     */
    private static void requireWhole(AudioInputStream source, long fileBytes, String name) throws EngineException {
        long frames = source.getFrameLength();
        int frameSize = source.getFormat().getFrameSize();
        if (frames == AudioSystem.NOT_SPECIFIED || frameSize <= 0) {
            return;
        }
        long promised = frames * frameSize;
        if (promised > fileBytes) {
            float rate = source.getFormat().getFrameRate();
            throw new EngineException(Problem.AUDIO_CUT_SHORT, String.format(Locale.ROOT, "'%s' is cut short: its header promises %.1f s of"
                    + " audio but the file holds at most %.1f s. It was probably copied before the recording ended; copy it"
                    + " again, or repair it with: diktera recordings", name, frames / rate, fileBytes / (double) frameSize / rate));
        }
    }

    /** The length of a file's audio in seconds, or -1 when the format does not say. */
    public static double durationSeconds(AudioInputStream in) {
        long frames = in.getFrameLength();
        return frames < 0 ? -1 : frames / (double) in.getFormat().getFrameRate();
    }

    /**
     * How many bytes of 16 kHz mono PCM the file will give, from its header, or -1 when the header
     * does not say (or the file cannot be read: {@link #openAsPcm} then says why).
     */
    public static long pcmBytes(Path file) {
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
            long frames = format.getFrameLength();
            float rate = format.getFormat().getFrameRate();
            return frames > 0 && rate > 0 ? (long) (frames / (double) rate * PCM_16K_MONO.getFrameRate()) * 2 : -1;
        } catch (UnsupportedAudioFileException | IOException e) {
            return -1;
        }
    }

    private static void closeQuietly(AudioInputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing was read from it; nothing to lose
            }
        }
    }
}
