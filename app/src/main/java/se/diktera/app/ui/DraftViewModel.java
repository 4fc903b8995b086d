package se.diktera.app.ui;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.EhrText;
import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.NoteWorkflow;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.note.Fact;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.speech.audio.AudioPlayer;
import se.diktera.speech.audio.PcmClip;

/**
 * The draft as the clinician works on it: each section's text, the transcript beside it with
 * uncertain words marked, the evidence of the statement (or fact) in focus highlighted and
 * playable, the extracted facts to tick off as checked, and submit.
 */
public final class DraftViewModel {

    /** Heard before and after a span, so the first and last syllables are not clipped. */
    static final long PLAY_MARGIN_MS = 250;

    /** One word of the transcript as the view shows it. */
    public record TranscriptWord(String segmentId, int index, Word word) {
    }

    /** An extracted fact and whether the clinician has checked it. */
    public record FactItem(Fact fact, BooleanProperty checked) {
    }

    private final StoreSession session;
    private final NoteId noteId;
    private final DraftedNote draft;
    private final Transcript transcript;
    private final Messages messages;
    private final Executor background;
    private final Executor fx;
    private final Clock clock;
    private final List<TranscriptWord> words = new ArrayList<>();
    private final List<FactItem> facts;
    private final ObjectProperty<Set<TranscriptWord>> highlighted = new SimpleObjectProperty<>(Set.of());
    private final ObjectProperty<List<TranscriptSpan>> evidence = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty canPlay = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private volatile Cancellation playing = new Cancellation();

    public DraftViewModel(StoreSession session, NoteId noteId, DraftedNote draft, Transcript transcript, Messages messages,
            Executor background, Executor fx, Clock clock) {
        this.session = session;
        this.noteId = noteId;
        this.draft = draft;
        this.transcript = transcript;
        this.messages = messages;
        this.background = background;
        this.fx = fx;
        this.clock = clock;
        for (Segment s : transcript.segments()) {
            for (int i = 0; i < s.words().size(); i++) {
                words.add(new TranscriptWord(s.id(), i, s.words().get(i)));
            }
        }
        this.facts = draft.facts().stream().map(f -> new FactItem(f, new SimpleBooleanProperty(false))).toList();
        evidence.addListener((obs, old, spans) -> {
            highlighted.set(wordsIn(spans));
            canPlay.set(!spans.isEmpty());
        });
    }

    public DraftedNote draft() {
        return draft;
    }

    public List<NoteSection> sections() {
        return draft.sections();
    }

    /** A section's text as first shown: one statement a line. */
    public static String text(NoteSection section) {
        return section.statements().stream().map(Statement::text).collect(Collectors.joining("\n"));
    }

    public List<TranscriptWord> words() {
        return words;
    }

    public List<FactItem> facts() {
        return facts;
    }

    /** The words the statement or fact in focus rests on. */
    public ObjectProperty<Set<TranscriptWord>> highlighted() {
        return highlighted;
    }

    public BooleanProperty canPlay() {
        return canPlay;
    }

    public StringProperty status() {
        return status;
    }

    /**
     * The caret is on {@code line} (0-based) of a section whose text is now {@code currentText}:
     * its statement's evidence is highlighted. A line the clinician wrote or changed has none.
     */
    public void focusLine(String sectionKey, int line, String currentText) {
        NoteSection section = draft.sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst().orElse(null);
        String[] lines = currentText.split("\n", -1);
        if (section == null || line < 0 || line >= lines.length) {
            evidence.set(List.of());
            return;
        }
        String text = lines[line].strip();
        evidence.set(section.statements().stream().filter(s -> s.text().equals(text)).findFirst()
                .map(Statement::evidence).orElse(List.of()));
    }

    public void focusFact(int index) {
        evidence.set(index >= 0 && index < facts.size() ? facts.get(index).fact().evidence() : List.of());
    }

    private Set<TranscriptWord> wordsIn(List<TranscriptSpan> spans) {
        return words.stream().filter(w -> spans.stream().anyMatch(span -> span.segmentId().equals(w.segmentId())
                && w.word().endMs() > span.startMs() && w.word().startMs() < span.endMs())).collect(Collectors.toSet());
    }

    /** Plays the audio of the evidence in focus, off the FX thread; a new play stops the last. */
    public CompletableFuture<Void> playEvidence() {
        List<TranscriptSpan> spans = evidence.get();
        if (spans.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        playing.cancel();
        Cancellation mine = new Cancellation();
        playing = mine;
        long start = spans.stream().mapToLong(TranscriptSpan::startMs).min().orElseThrow();
        long end = spans.stream().mapToLong(TranscriptSpan::endMs).max().orElseThrow();
        status.set(messages.get("ui.draft.playing"));
        return CompletableFuture.runAsync(() -> {
            try {
                if (!session.recordings().exists(noteId.toString())) {
                    fx.execute(() -> status.set(messages.get("ui.draft.noAudio")));
                    return;
                }
                if (!AudioPlayer.isPresent()) {
                    fx.execute(() -> status.set(messages.get("ui.draft.noSpeaker")));
                    return;
                }
                byte[] clip = PcmClip.cut(session.recordings().read(noteId.toString()).pcm(), start, end, PLAY_MARGIN_MS);
                new NoteAudit(session, clock).record(AuditAction.VIEW, noteId.toString(), 1,
                        Map.of("what", "audio", "fromMs", Long.toString(start), "toMs", Long.toString(end)));
                AudioPlayer.play(clip, mine);
                fx.execute(() -> status.set(""));
            } catch (EngineException | IOException | RuntimeException e) {
                fx.execute(() -> status.set(new ProblemText(messages).on("ui.draft.playFailed", e)));
            }
        }, background);
    }

    public long uncheckedFacts() {
        return facts.stream().filter(f -> !f.checked().get()).count();
    }

    /**
     * Copies the draft as it stands on the screen ({@code edited}, a section's key to its text) to
     * the clipboard for the EHR, in its "Sökord: text" form; audited, cleared after {@code clearAfter}.
     */
    public void copyToEhr(Map<String, String> edited, Duration clearAfter) {
        String text = EhrText.ofEdited(draft.sections(), edited);
        new ClipboardCopy(clearAfter, background).copy(text, "DRAFTED", details -> new NoteAudit(session, clock)
                .record(AuditAction.COPY, noteId.toString(), 1, details), fx, failure -> status.set(messages.get("ui.copy.failed")));
        status.set(messages.get("ui.copy.done", clearAfter.toSeconds()));
    }

    /**
     * Submits the edited sections off the FX thread; the checked facts are recorded with it in the
     * audit trail. The future gives the submitted note, or null when it failed (the status says why).
     */
    public CompletableFuture<Note> submit(NoteWorkflow workflow, Consultation consultation, Map<String, String> edited) {
        playing.cancel();
        long checked = facts.size() - uncheckedFacts();
        Map<String, String> sections = new LinkedHashMap<>(edited);
        return BackgroundTask.of(() -> workflow.submit(noteId, consultation, draft, sections, Map.of(
                "factsChecked", Long.toString(checked), "factsFound", Integer.toString(facts.size()))))
                .onFailure(failure -> status.set(new ProblemText(messages).on("ui.draft.submitFailed", failure)))
                .run(background, fx);
    }
}
