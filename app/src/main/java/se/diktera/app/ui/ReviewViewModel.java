package se.diktera.app.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.diktera.app.EhrText;
import se.diktera.app.Messages;
import se.diktera.app.NoteWorkflow;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.transcript.Segment;
import se.diktera.fhir.mapping.NoteText;

/**
 * The review queue: notes waiting for this reviewer, oldest first; the selected one's text;
 * approve (queued for export) or send back with a comment. The store is read and written on the
 * background executor; properties change on the FX executor (both the calling thread in tests).
 */
public final class ReviewViewModel {

    private final NoteWorkflow workflow;
    private final Messages messages;
    private final ProblemText problems;
    private final LocalTimes times;
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final StringProperty selectedText = new SimpleStringProperty("");
    private final StringProperty selectedTranscript = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty hasSelection = new SimpleBooleanProperty(false);
    private List<NoteWorkflow.InReview> queue = new ArrayList<>();
    private int selected = -1;

    private final BooleanProperty canCopy = new SimpleBooleanProperty(false);
    private final Executor background;
    private final Executor fx;
    private ApprovedNote lastApproved;

    /** All work on the calling thread. */
    public ReviewViewModel(NoteWorkflow workflow, Messages messages) {
        this(workflow, messages, Runnable::run, Runnable::run);
    }

    public ReviewViewModel(NoteWorkflow workflow, Messages messages, Executor background, Executor fx) {
        this.workflow = workflow;
        this.messages = messages;
        this.problems = new ProblemText(messages);
        this.times = LocalTimes.of(messages.locale());
        this.background = background;
        this.fx = fx;
        refresh();
    }

    public ObservableList<String> items() {
        return items;
    }

    public StringProperty selectedText() {
        return selectedText;
    }

    /** The transcript the selected note was drafted from, an utterance a line. */
    public StringProperty selectedTranscript() {
        return selectedTranscript;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty hasSelection() {
        return hasSelection;
    }

    public void select(int index) {
        selected = index;
        boolean ok = index >= 0 && index < queue.size();
        hasSelection.set(ok);
        selectedText.set(ok ? NoteText.plain(queue.get(index).note()) : "");
        selectedTranscript.set("");
        if (ok) {
            NoteWorkflow.InReview item = queue.get(index);
            BackgroundTask.of(() -> workflow.open(item).map(t -> t.segments().stream().map(Segment::text)
                    .collect(Collectors.joining("\n"))).orElse(messages.get("ui.review.noTranscript")))
                    .onSuccess(text -> {
                        if (selected == index) {
                            selectedTranscript.set(text);
                        }
                    })
                    .onFailure(failure -> status.set(problems.on("ui.review.failed", failure)))
                    .run(background, fx);
        }
    }

    /** Whether there is an approved note to copy for the EHR (the last one approved here). */
    public BooleanProperty canCopy() {
        return canCopy;
    }

    /** Copies the note approved last to the clipboard in its "Sökord: text" form; audited, cleared after {@code clearAfter}. */
    public void copyApproved(Duration clearAfter) {
        ApprovedNote note = lastApproved;
        if (note == null) {
            return;
        }
        new ClipboardCopy(clearAfter, background).copy(EhrText.of(note.note().sections()), note.note().state().name(),
                details -> workflow.copied(note.note(), details), fx,
                failure -> status.set(messages.get("ui.copy.failed")));
        status.set(messages.get("ui.copy.done", clearAfter.toSeconds()));
    }

    public void approveSelected() {
        NoteWorkflow.InReview item = queue.get(selected);
        BackgroundTask.of(() -> Map.entry(workflow.approve(item), workflow.outbox().items().size()))
                .onSuccess(done -> {
                    lastApproved = done.getKey();
                    canCopy.set(true);
                    status.set(messages.get("ui.review.approved", done.getValue(), done.getKey().approver().name(),
                            times.format(done.getKey().approvedAt())));
                })
                .onFailure(failure -> status.set(problems.on("ui.review.failed", failure)))
                .onFinished(this::refresh)
                .run(background, fx);
    }

    public void sendBackSelected(String comment) {
        NoteWorkflow.InReview item = queue.get(selected);
        BackgroundTask.of(() -> workflow.sendBack(item, comment))
                .onSuccess(note -> status.set(messages.get("ui.review.sentBack")))
                .onFailure(failure -> status.set(problems.on("ui.review.failed", failure)))
                .onFinished(this::refresh)
                .run(background, fx);
    }

    private void refresh() {
        BackgroundTask.of(workflow::reviewQueue)
                .onSuccess(found -> queue = found)
                .onFailure(failure -> {
                    queue = List.of();
                    status.set(problems.on("ui.review.loadFailed", failure));
                })
                .onFinished(() -> {
                    items.setAll(queue.stream().map(r -> messages.get("ui.review.item",
                            times.format(r.consultation().start()), r.consultation().clinician().name(),
                            r.consultation().patient().identifier().formatted())).toList());
                    select(-1);
                })
                .run(background, fx);
    }
}
