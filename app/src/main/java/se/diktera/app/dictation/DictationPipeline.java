package se.diktera.app.dictation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import se.diktera.app.NoteAudit;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.AudioSink;
import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.note.NoteId;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.EncryptedRecordings;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.models.InstalledModel;
import se.diktera.speech.audio.LiveInput;
import se.diktera.speech.audio.Microphone;
import se.diktera.speech.recording.RecordingInputStream;

/**
 * A dictation's way from sound to a stored draft: the audio goes into the encrypted store as it
 * arrives and through the recogniser at the same time; the transcript is stored; the draft is made
 * and stored. Each step is audited as it is done. The engines come from the session's
 * {@link Engines}, so the view models, the command line and the demo all take the same steps.
 * Calls block: run them off the FX thread.
 */
public final class DictationPipeline {

    /** A new note's first version: what is recorded, transcribed and drafted belongs to it. */
    static final int FIRST_VERSION = 1;

    /** Where the sound comes from; opened only once the model is ready, so a failure leaves nothing stored. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws EngineException, IOException;
    }

    /** What stands in the way of recording; {@code modelProblem} empty when a speech model is ready. */
    public record Readiness(boolean microphone, Optional<Problem> modelProblem) {
    }

    private final StoreSession session;
    private final Engines engines;
    private final NoteAudit audit;

    public DictationPipeline(StoreSession session, Engines engines, NoteAudit audit) {
        this.session = session;
        this.engines = engines;
        this.audit = audit;
    }

    /** Looks for a microphone and a speech model, installing the bundled one on first use. */
    public Readiness check() {
        boolean microphone = Microphone.isPresent();
        try {
            engines.speechModel(null, null);
            return new Readiness(microphone, Optional.empty());
        } catch (EngineException e) {
            return new Readiness(microphone, Optional.of(e.problem()));
        }
    }

    /**
     * Stores the consultation a recording is for before any sound is taken, so that a recording a
     * crash cuts short is still known by its patient, contact type and template.
     */
    public void begin(NoteId id, Consultation consultation) throws IOException {
        session.documents().put("consultation", id.toString(), consultation);
    }

    /**
     * Records {@code source} into the store under {@code id} while transcribing it, then stores the
     * transcript. {@code started} gets the running input (to pause or end it) once sound flows.
     * The start is audited and the consultation (when given) stored before the first sound, so an
     * interrupted recording has its author and its patient.
     */
    public Transcript record(NoteId id, Consultation consultation, Source source, boolean live, TranscriptionListener listener,
            LiveInput.Meter meter, Consumer<LiveInput> started) throws EngineException, IOException {
        InstalledModel model = engines.speechModel(null, null);
        if (consultation != null) {
            begin(id, consultation);
        }
        Transcript heard;
        try (InputStream audio = source.open();
             AudioSink sink = start(id);
             LiveInput input = new LiveInput(new RecordingInputStream(audio, sink), live, meter)) {
            started.accept(input);
            heard = engines.transcribe(model, input, listener, new Cancellation()).transcript();
        }
        audit.record(AuditAction.RECORD, id.toString(), FIRST_VERSION, Map.of("phase", "end"));
        return keep(id, heard);
    }

    private AudioSink start(NoteId id) throws IOException {
        AudioSink sink = session.recordings().start(id.toString());
        audit.record(AuditAction.RECORD, id.toString(), FIRST_VERSION, Map.of("phase", "start"));
        return sink;
    }

    /**
     * Transcribes and drafts a recording a crash left without its transcript, from the audio in the
     * store; the draft is stored as any other.
     */
    public DraftedNote recover(NoteId id, String templateId) throws EngineException, IOException {
        EncryptedRecordings.Recovered audio = session.recordings().read(id.toString());
        InstalledModel model = engines.speechModel(null, null);
        Transcript heard = engines.transcribe(model, new ByteArrayInputStream(audio.pcm()), TranscriptionListener.NONE,
                new Cancellation()).transcript();
        return draft(id, keep(id, heard), templateId);
    }

    /** Destroys a recording the clinician does not want, and what was stored with it. */
    public void discard(NoteId id) throws IOException {
        session.recordings().destroy(id.toString());
        session.documents().delete("consultation", id.toString());
        audit.record(AuditAction.DISCARD, id.toString(), FIRST_VERSION);
    }

    /** Stores a transcript made without audio (the demo's script, a transcript file) as the note's. */
    public Transcript keep(NoteId id, Transcript heard) throws IOException {
        session.documents().put("transcript", id.toString(), heard);
        audit.record(AuditAction.TRANSCRIBE, id.toString(), FIRST_VERSION);
        audit.moved(id, NoteState.RECORDING, NoteState.TRANSCRIBED);
        return heard;
    }

    /** Drafts the note from its transcript with the template's headings, and stores the draft. */
    public DraftedNote draft(NoteId id, Transcript heard, String templateId) throws EngineException, IOException {
        DraftedNote drafted = engines.draft(heard, templateId);
        session.documents().put("draft", id.toString(), drafted);
        audit.record(AuditAction.DRAFT, id.toString(), FIRST_VERSION);
        audit.moved(id, NoteState.TRANSCRIBED, NoteState.DRAFTED);
        return drafted;
    }
}
