package se.diktera.app.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

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
import se.diktera.fhir.mapping.NoteText;

/**
 * The review queue: notes waiting for this reviewer, oldest first; the selected one's text;
 * approve (queued for export) or send back with a comment. Store work is quick and local, so it
 * runs on the calling thread; the view calls it from the FX thread.
 */
public final class ReviewViewModel {

    private final NoteWorkflow workflow;
    private final Messages messages;
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final StringProperty selectedText = new SimpleStringProperty("");
    private final StringProperty selectedTranscript = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty hasSelection = new SimpleBooleanProperty(false);
    private List<NoteWorkflow.InReview> queue = new ArrayList<>();
    private int selected = -1;

    private final BooleanProperty canCopy = new SimpleBooleanProperty(false);
    private ApprovedNote lastApproved;

    public ReviewViewModel(NoteWorkflow workflow, Messages messages) {
        this.workflow = workflow;
        this.messages = messages;
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
            try {
                selectedTranscript.set(workflow.open(queue.get(index)).map(t -> t.segments().stream()
                        .map(se.diktera.core.transcript.Segment::text).collect(java.util.stream.Collectors.joining("\n")))
                        .orElse(messages.get("ui.review.noTranscript")));
            } catch (Exception e) {
                status.set(messages.get("ui.review.failed", e.getMessage()));
            }
        }
    }

    /** Whether there is an approved note to copy for the EHR (the last one approved here). */
    public BooleanProperty canCopy() {
        return canCopy;
    }

    /** Copies the note approved last to the clipboard in its "Sökord: text" form; audited, cleared after {@code clearAfter}. */
    public void copyApproved(Duration clearAfter, Executor background, Executor fx) {
        ApprovedNote note = lastApproved;
        if (note == null) {
            return;
        }
        new ClipboardCopy(clearAfter, background).copy(EhrText.of(note.note().sections()),
                details -> workflow.copied(note.note(), DraftViewModel.withState(details, note.note().state().name())), fx,
                failure -> status.set(messages.get("ui.copy.failed")));
        status.set(messages.get("ui.copy.done", clearAfter.toSeconds()));
    }

    public void approveSelected() {
        try {
            var approved = workflow.approve(queue.get(selected));
            lastApproved = approved;
            canCopy.set(true);
            String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .format(approved.approvedAt().atZone(java.time.ZoneId.systemDefault()));
            status.set(messages.get("ui.review.approved", workflow.outbox().items().size(), approved.approver().name(), at));
        } catch (Exception e) {
            status.set(messages.get("ui.review.failed", e.getMessage()));
        }
        refresh();
    }

    public void sendBackSelected(String comment) {
        try {
            workflow.sendBack(queue.get(selected), comment);
            status.set(messages.get("ui.review.sentBack"));
        } catch (Exception e) {
            status.set(messages.get("ui.review.failed", e.getMessage()));
        }
        refresh();
    }

    private void refresh() {
        try {
            queue = workflow.reviewQueue();
        } catch (Exception e) {
            status.set(messages.get("ui.review.failed", e.getMessage()));
            queue = List.of();
        }
        items.setAll(queue.stream().map(r -> messages.get("ui.review.item", r.consultation().start().toString().substring(0, 16)
                .replace('T', ' '), r.consultation().clinician().name(), r.consultation().patient().identifier().formatted())).toList());
        select(-1);
    }
}
