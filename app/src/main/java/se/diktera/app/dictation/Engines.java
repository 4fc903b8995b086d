package se.diktera.app.dictation;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import se.diktera.app.AppContext;
import se.diktera.app.Drafters;
import se.diktera.app.SpeechModelResolver;
import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.NoteDrafter;
import se.diktera.core.engine.SpeechTranscriber;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.engine.TranscriptionResult;
import se.diktera.core.transcript.Transcript;
import se.diktera.models.InstalledModel;

/**
 * The speech recogniser and the note drafter of one signed-in session, each loaded the first time
 * it is needed and then shared by every recording until {@link #close()}. Loading a speech model
 * takes seconds and the composer's models most of a second: a second consultation should not wait
 * for either. Thread-safe: one transcription or draft at a time, and closing waits for it.
 */
public final class Engines implements AutoCloseable {

    private final AppContext context;
    private final SpeechModelResolver resolver;
    private final Map<String, SpeechTranscriber> transcribers = new LinkedHashMap<>();
    private Drafters.Loaded drafter;
    private boolean closed;

    public Engines(AppContext context) {
        this.context = context;
        this.resolver = new SpeechModelResolver(context);
    }

    /** The speech model recordings use when nobody chose one: Swedish when installed, else the bundled English one. */
    public InstalledModel speechModel(String modelId, String language) throws EngineException {
        return resolver.resolve(modelId, language != null ? language : resolver.defaultLanguage());
    }

    /**
     * Transcribes with the recogniser for {@code model} (loaded once). Holds the engines while it
     * runs, so {@link #close()} waits for a recording to end instead of pulling its model away.
     */
    public synchronized TranscriptionResult transcribe(InstalledModel model, InputStream pcm, TranscriptionListener listener,
            Cancellation cancellation) throws EngineException {
        return transcriber(model).transcribe(pcm, listener, cancellation);
    }

    /** Drafts with the session's drafter (loaded once). */
    public synchronized DraftedNote draft(Transcript transcript, String templateId) throws EngineException {
        return drafter().draft(transcript, templateId);
    }

    private SpeechTranscriber transcriber(InstalledModel model) throws EngineException {
        requireOpen();
        SpeechTranscriber loaded = transcribers.get(model.id());
        if (loaded == null) {
            loaded = resolver.load(model);
            transcribers.put(model.id(), loaded);
        }
        return loaded;
    }

    /** The note drafter with the region's models and the clinic's templates, loaded once. */
    private NoteDrafter drafter() throws EngineException {
        requireOpen();
        if (drafter == null) {
            drafter = Drafters.load(context);
        }
        return drafter.drafter();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The engines of this session were closed");
        }
    }

    /** Closes on {@code background} (closing waits for a recording still running), or here once it is shut down. */
    public void closeUsing(ExecutorService background) {
        if (background.isShutdown()) {
            close();
        } else {
            background.execute(this::close);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        transcribers.values().forEach(SpeechTranscriber::close);
        transcribers.clear();
        if (drafter != null) {
            drafter.close();
            drafter = null;
        }
    }
}
