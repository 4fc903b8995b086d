package se.diktera.core.engine;

import java.io.InputStream;

/**
 * Turns speech into a transcript, on the device. Implementations: local Vosk, a region-hosted
 * vosk-server. Calls block; run them on a background executor.
 */
public interface SpeechTranscriber extends AutoCloseable {

    /** The model used, for provenance in notes and exports. */
    String modelId();

    /** BCP 47 language of the model, e.g. {@code sv}. */
    String language();

    /**
     * Reads {@code pcm} (in {@link PcmFormat}) to its end, or until {@code cancellation} is set.
     *
     * @throws EngineException when the audio cannot be read or the engine fails
     */
    TranscriptionResult transcribe(InputStream pcm, TranscriptionListener listener, Cancellation cancellation)
            throws EngineException;

    @Override
    void close();
}
