package se.diktera.app.ui;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.AppContext;
import se.diktera.app.Drafters;
import se.diktera.app.Messages;
import se.diktera.app.SpeechModelResolver;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.engine.AudioSink;
import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.engine.TranscriptionResult;
import se.diktera.core.note.NoteId;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Segment;
import se.diktera.speech.audio.AudioFiles;
import se.diktera.speech.audio.PacedInputStream;
import se.diktera.speech.recording.RecordingInputStream;
import se.diktera.speech.vosk.VoskTranscriber;

/**
 * Recording a consultation: audio (here from a file, paced as if spoken) goes into the encrypted
 * store as it arrives and through the recogniser; the live transcript shows partial words; at the
 * end the draft is made. All work runs on the background executor; properties change on the FX
 * thread.
 */
public final class RecordingViewModel {

    private final AppContext context;
    private final StoreSession session;
    private final Executor background;
    private final Messages messages;
    private final StringProperty liveText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<DraftedNote> draft = new SimpleObjectProperty<>();
    private final Cancellation cancellation = new Cancellation();
    private final NoteId noteId = NoteId.random();

    public RecordingViewModel(AppContext context, StoreSession session, Executor background, Messages messages) {
        this.context = context;
        this.session = session;
        this.background = background;
        this.messages = messages;
    }

    public StringProperty liveText() {
        return liveText;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public ObjectProperty<DraftedNote> draft() {
        return draft;
    }

    /** The note this recording is for: its audio, transcript and draft are stored under this id. */
    public NoteId noteId() {
        return noteId;
    }

    public void stop() {
        cancellation.cancel();
    }

    /**
     * Plays {@code audio} as if it were being recorded ({@code speed} times real time), then drafts.
     * Completes with the draft, or with null after setting {@link #status()} to what went wrong.
     */
    public CompletableFuture<DraftedNote> recordFromFile(Path audio, double speed, String templateId, Executor fx) {
        busy.set(true);
        status.set(messages.get("ui.record.loading"));
        StringBuilder finalText = new StringBuilder();
        return CompletableFuture.supplyAsync(() -> {
            try {
                SpeechModelResolver resolver = new SpeechModelResolver(context);
                var model = resolver.resolve(null, resolver.defaultLanguage());
                TranscriptionResult result;
                fx.execute(() -> status.set(messages.get("ui.record.listening")));
                try (VoskTranscriber transcriber = resolver.load(model);
                     AudioSink sink = session.recordings().start(noteId.toString());
                     InputStream pcm = new RecordingInputStream(new PacedInputStream(AudioFiles.openAsPcm(audio), speed), sink)) {
                    result = transcriber.transcribe(pcm, new TranscriptionListener() {
                        @Override
                        public void partial(String text) {
                            String shown = (finalText + " " + text).strip();
                            fx.execute(() -> liveText.set(shown));
                        }

                        @Override
                        public void segment(Segment segment) {
                            finalText.append(' ').append(segment.text());
                            String shown = finalText.toString().strip();
                            fx.execute(() -> liveText.set(shown));
                        }
                    }, cancellation);
                }
                audit(noteId, AuditAction.RECORD);
                session.documents().put("transcript", noteId.toString(), result.transcript());
                audit(noteId, AuditAction.TRANSCRIBE);
                fx.execute(() -> status.set(messages.get("ui.record.drafting")));
                DraftedNote drafted;
                try (Drafters.Loaded loaded = Drafters.load(context)) {
                    drafted = loaded.drafter().draft(result.transcript(), templateId);
                }
                session.documents().put("draft", noteId.toString(), drafted);
                audit(noteId, AuditAction.DRAFT);
                return drafted;
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }, background).handleAsync((drafted, failure) -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                status.set(messages.get("ui.record.failed", cause.getMessage()));
                return null;
            }
            status.set(messages.get("ui.record.done"));
            draft.set(drafted);
            return drafted;
        }, fx);
    }

    private void audit(NoteId id, AuditAction action) throws java.io.IOException {
        session.audit().append(AuditEvent.of(context.clock().instant(), session.user().hsaId().value(), action,
                id.toString(), 1, Map.of()));
    }
}
