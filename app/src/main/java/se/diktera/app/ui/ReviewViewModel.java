package se.diktera.app.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
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
import se.diktera.app.ServerReview;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.note.Note;
import se.diktera.core.review.RemoteReview;
import se.diktera.core.review.ReviewAction;
import se.diktera.core.transcript.Segment;
import se.diktera.fhir.mapping.NoteText;

/**
 * The review queue: notes waiting for this reviewer, oldest first, those on this device and, when
 * the device reviews through the region's server, those waiting there for the reviewer or their
 * unit; the selected one's text beside the transcript it rests on (for a draft from another device,
 * the segments that travelled with it); approve or send back with a comment. A decision on a draft
 * from the server is kept on the device and sent when the network allows; the status line says
 * whether it arrived, waits, or lost to another reviewer's (who and when). The store and the server
 * are used on the background executor; properties change on the FX executor (both the calling
 * thread in tests).
 */
public final class ReviewViewModel {

    /** One line of the queue: a note on this device, or a request on the server. */
    private record Entry(NoteWorkflow.InReview local, RemoteReview remote) {

        Note note() {
            return local != null ? local.note() : remote.packet().note();
        }

        Consultation consultation() {
            return local != null ? local.consultation() : remote.packet().consultation();
        }
    }

    /** What a refresh found, and why the server could not be asked (null when it could, or is not used). */
    private record Loaded(List<Entry> entries, ExportException unreachable, long waiting) {
    }

    private final NoteWorkflow workflow;
    private final Supplier<Optional<ServerReview>> server;
    private final Messages messages;
    private final ProblemText problems;
    private final LocalTimes times;
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final StringProperty selectedText = new SimpleStringProperty("");
    private final StringProperty selectedTranscript = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty hasSelection = new SimpleBooleanProperty(false);
    private List<Entry> queue = new ArrayList<>();
    private int selected = -1;
    /** The selected note's text as it was shown, to tell the reviewer's changes. */
    private String shown = "";

    private final BooleanProperty canCopy = new SimpleBooleanProperty(false);
    private final Executor background;
    private final Executor fx;
    private ApprovedNote lastApproved;

    /** Review on this device, all work on the calling thread. */
    public ReviewViewModel(NoteWorkflow workflow, Messages messages) {
        this(workflow, Optional::empty, messages, Runnable::run, Runnable::run);
    }

    /** @param server the review server when the device reviews through one (asked for on the background executor) */
    public ReviewViewModel(NoteWorkflow workflow, Supplier<Optional<ServerReview>> server, Messages messages, Executor background,
            Executor fx) {
        this.workflow = workflow;
        this.server = server;
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

    /** The selected note's text; the reviewer may change it before approving. */
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
        shown = ok ? NoteText.plain(queue.get(index).note()) : "";
        selectedText.set(shown);
        selectedTranscript.set("");
        if (ok) {
            Entry entry = queue.get(index);
            BackgroundTask.of(() -> entry.local() != null
                    ? workflow.open(entry.local()).map(t -> lines(t.segments())).orElse(messages.get("ui.review.noTranscript"))
                    : evidence(entry.remote()))
                    .onSuccess(text -> {
                        if (selected == index) {
                            selectedTranscript.set(text);
                        }
                    })
                    .onFailure(failure -> status.set(problems.on("ui.review.failed", failure)))
                    .run(background, fx);
        }
    }

    private String evidence(RemoteReview remote) throws Exception {
        List<Segment> segments = server.get().orElseThrow().open(remote).evidence();
        return segments.isEmpty() ? messages.get("ui.review.noEvidence") : lines(segments);
    }

    private static String lines(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining("\n"));
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

    /** Approves the selected note as the reviewer left it in the note's text (their changes kept as theirs). */
    public void approveSelected() {
        Entry entry = queue.get(selected);
        String edited = shown.equals(selectedText.get()) ? null : selectedText.get();
        if (entry.remote() != null) {
            decide(() -> server.get().orElseThrow().approve(entry.remote(), edited));
            return;
        }
        BackgroundTask.of(() -> Map.entry(workflow.approve(entry.local(), edited), workflow.outbox().items().size()))
                .onSuccess(done -> {
                    approved(done.getKey());
                    status.set(messages.get("ui.review.approved", done.getValue(), done.getKey().approver().name(),
                            times.format(done.getKey().approvedAt())));
                })
                .onFailure(failure -> status.set(problems.on("ui.review.failed", failure)))
                .onFinished(this::refresh)
                .run(background, fx);
    }

    public void sendBackSelected(String comment) {
        Entry entry = queue.get(selected);
        if (entry.remote() != null) {
            decide(() -> server.get().orElseThrow().sendBack(entry.remote(), comment));
            return;
        }
        BackgroundTask.of(() -> workflow.sendBack(entry.local(), comment))
                .onSuccess(note -> status.set(messages.get("ui.review.sentBack")))
                .onFailure(failure -> status.set(problems.on("ui.review.failed", failure)))
                .onFinished(this::refresh)
                .run(background, fx);
    }

    /** A decision on a draft from the server: kept on the device, then sent if the network allows. */
    private void decide(BackgroundTask.Job<ReviewAction> queued) {
        BackgroundTask.of(() -> {
            ReviewAction action = queued.run();
            ServerReview review = server.get().orElseThrow();
            review.sync();
            return review.outbox().find(action.id()).orElse(action);
        })
                .onSuccess(this::decided)
                .onFailure(failure -> status.set(problems.on("ui.review.failed", failure)))
                .onFinished(this::refresh)
                .run(background, fx);
    }

    private void decided(ReviewAction action) {
        boolean approval = action.request().kind() == ReviewAction.Kind.APPROVE;
        if (approval && action.state() != ReviewAction.State.CONFLICT) {
            approved(action.request().approved());
        }
        String who = action.request().actor().name();
        status.set(switch (action.state()) {
            case DONE -> approval ? messages.get("ui.review.remoteApproved", who) : messages.get("ui.review.remoteSentBack");
            case CONFLICT -> conflict(action.outcome());
            case PARKED -> messages.get("ui.review.failed", messages.get(action.lastProblem().key()));
            default -> messages.get(approval ? "ui.review.remoteApprovedWaiting" : "ui.review.remoteSentBackWaiting", who);
        });
    }

    private String conflict(RemoteReview now) {
        if (now == null || now.actedBy() == null) {
            return messages.get("problem.review-conflict");
        }
        String who = (now.actedByName() != null ? now.actedByName() + " " : "") + "(" + now.actedBy().value() + ")";
        String what = messages.get(now.status() == RemoteReview.Status.APPROVED ? "ui.review.conflictApproved" : "ui.review.conflictSentBack");
        return messages.get("ui.review.conflict", who, times.format(now.actedAt()), what);
    }

    private void approved(ApprovedNote note) {
        lastApproved = note;
        canCopy.set(true);
    }

    private void refresh() {
        BackgroundTask.of(this::load)
                .onSuccess(found -> {
                    queue = found.entries();
                    if (found.unreachable() != null) {
                        status.set(messages.get("ui.review.serverUnreachable", found.waiting(), problems.describe(found.unreachable())));
                    }
                })
                .onFailure(failure -> {
                    queue = List.of();
                    status.set(problems.on("ui.review.loadFailed", failure));
                })
                .onFinished(() -> {
                    items.setAll(queue.stream().map(this::line).toList());
                    select(-1);
                })
                .run(background, fx);
    }

    private Loaded load() throws Exception {
        List<Entry> entries = new ArrayList<>();
        workflow.reviewQueue().forEach(r -> entries.add(new Entry(r, null)));
        ExportException unreachable = null;
        long waiting = 0;
        Optional<ServerReview> review = server.get();
        if (review.isPresent()) {
            review.get().sync();
            try {
                review.get().queue().forEach(r -> entries.add(new Entry(null, r)));
            } catch (ExportException e) {
                unreachable = e;
            }
            waiting = review.get().outbox().actions().stream().filter(ReviewAction::waiting).count();
        }
        entries.sort(Comparator.comparing((Entry e) -> e.consultation().start()));
        return new Loaded(entries, unreachable, waiting);
    }

    private String line(Entry e) {
        String line = messages.get("ui.review.item", times.format(e.consultation().start()), e.consultation().clinician().name(),
                e.consultation().patient().identifier().formatted());
        return e.remote() == null ? line : messages.get("ui.review.remoteItem", line, e.remote().packet().round());
    }
}
