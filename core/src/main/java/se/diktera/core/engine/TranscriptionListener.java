package se.diktera.core.engine;

import se.diktera.core.transcript.Segment;

/**
 * Hears a transcription as it goes. Called on the engine's thread: implementations hand work to
 * their own thread (for a UI, the FX thread) and return quickly.
 */
public interface TranscriptionListener {

    TranscriptionListener NONE = new TranscriptionListener() { };

    /** The words heard so far in the current, unfinished segment. May be called often. */
    default void partial(String text) {
    }

    /** A segment the engine will not change any more. */
    default void segment(Segment segment) {
    }
}
