package se.diktera.speech.audio;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.EngineException;
import se.diktera.core.problem.Problem;

/** Plays 16 kHz mono PCM on the device's sound output; blocks until done or cancelled. */
public final class AudioPlayer {

    private AudioPlayer() {
    }

    public static boolean isPresent() {
        return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, AudioFiles.PCM_16K_MONO));
    }

    /** @throws EngineException when there is no sound output or another program holds it */
    public static void play(byte[] pcm, Cancellation cancellation) throws EngineException {
        DataLine.Info info = new DataLine.Info(SourceDataLine.class, AudioFiles.PCM_16K_MONO);
        if (!AudioSystem.isLineSupported(info)) {
            throw new EngineException(Problem.SOUND_OUTPUT_MISSING, "No sound output was found. Connect a speaker or headset to listen.");
        }
        try (SourceDataLine line = (SourceDataLine) AudioSystem.getLine(info)) {
            line.open(AudioFiles.PCM_16K_MONO);
            line.start();
            int chunk = 3200;
            for (int at = 0; at < pcm.length && !cancellation.isCancelled(); at += chunk) {
                line.write(pcm, at, Math.min(chunk, pcm.length - at));
            }
            if (cancellation.isCancelled()) {
                line.flush();
            } else {
                line.drain();
            }
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new EngineException(Problem.SOUND_OUTPUT_UNAVAILABLE, "The sound output cannot be opened (" + e.getMessage()
                    + "); another program may be using it", e);
        }
    }
}
