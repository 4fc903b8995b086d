package se.diktera.speech.vosk;

import org.vosk.LibVosk;
import org.vosk.LogLevel;

import se.diktera.core.engine.EngineException;
import se.diktera.core.problem.Problem;

/** Loads Vosk's native library once, with Kaldi's chatter turned down to warnings. */
final class VoskRuntime {

    private static volatile boolean loaded;

    private VoskRuntime() {
    }

    static synchronized void ensureLoaded() throws EngineException {
        if (loaded) {
            return;
        }
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            loaded = true;
        } catch (LinkageError e) {
            throw new EngineException(Problem.SPEECH_LIBRARY_MISSING, "The Vosk speech library cannot be loaded on this platform ("
                    + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + "): " + e.getMessage(), e);
        }
    }
}
