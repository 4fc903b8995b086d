package se.diktera.speech.audio;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

import se.diktera.core.engine.EngineException;
import se.diktera.core.problem.Problem;

/** The device's microphone as a stream of 16 kHz mono PCM. */
public final class Microphone {

    private Microphone() {
    }

    public static boolean isPresent() {
        return AudioSystem.isLineSupported(new DataLine.Info(TargetDataLine.class, AudioFiles.PCM_16K_MONO));
    }

    /**
     * Starts capturing. Closing the returned stream stops the capture and frees the microphone.
     *
     * @throws EngineException when there is no microphone or another program holds it
     */
    public static AudioInputStream open() throws EngineException {
        DataLine.Info info = new DataLine.Info(TargetDataLine.class, AudioFiles.PCM_16K_MONO);
        if (!AudioSystem.isLineSupported(info)) {
            throw new EngineException(Problem.MICROPHONE_MISSING, "No microphone was found. Connect one, or import an audio file instead.");
        }
        try {
            TargetDataLine line = (TargetDataLine) AudioSystem.getLine(info);
            line.open(AudioFiles.PCM_16K_MONO);
            line.start();
            return new AudioInputStream(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new EngineException(Problem.MICROPHONE_UNAVAILABLE, "The microphone cannot be opened (" + e.getMessage()
                    + "); another program may be using it", e);
        }
    }
}
