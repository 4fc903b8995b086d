package se.diktera.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

import se.diktera.app.settings.ClientSettings;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.lifecycle.NoteLifecycle;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.HsaId;
import se.diktera.core.review.RemoteReview;
import se.diktera.core.review.ReviewAction;
import se.diktera.core.review.ReviewExchange;
import se.diktera.core.review.ReviewOutbox;
import se.diktera.core.review.ReviewPacket;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.ExportRecord;
import se.diktera.core.store.RetentionPolicy;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.fhir.FhirExporters;

/**
 * Four-eyes review with author and reviewer on their own devices, through the region's server. The
 * author's submission and the reviewer's decision are steps in a durable {@link ReviewOutbox}
 * (queued, retried, never sent twice, so they survive a dropped network and a restart); the
 * reviewer's queue is read from the server; and what reviewers decided is brought back to the
 * author's own notes (sent back with the comment, or approved and on the server as final). The
 * audio never leaves the device: a draft travels with the transcript segments its statements rest
 * on. Every step is checked against the access policy and audited.
 */
public final class ServerReview {

    /** How many requests a queue shows at once, the oldest. */
    public static final int QUEUE_PAGE = 50;

    /**
     * What one round with the server did.
     *
     * @param sent        the steps tried now, with how each went
     * @param cameBack    the author's notes that were approved or sent back since the last round
     * @param unreachable why the server could not be asked what came back; null when it could
     */
    public record Synced(List<ReviewAction> sent, List<Note> cameBack, ExportException unreachable) {
    }

    private final StoreSession session;
    private final ReviewOutbox outbox;
    private final ReviewExchange exchange;
    private final HsaId unit;
    private final String destination;
    private final Clock clock;
    private final NoteLifecycle lifecycle;
    private final NoteAudit audit;
    private final RetentionPolicy retention;

    /** With the default retention for finished review steps. */
    public ServerReview(StoreSession session, ReviewExchange exchange, HsaId unit, String destination, Clock clock) {
        this(session, exchange, unit, destination, clock, RetentionPolicy.DEFAULT);
    }

    /**
     * @param unit        the care unit whose reviewers get the drafts, and whose queue a reviewer sees
     * @param destination the server's host, for the audit trail
     * @param retention   how long a finished step (and the note it carries) is kept: as long as notes after export
     */
    public ServerReview(StoreSession session, ReviewExchange exchange, HsaId unit, String destination, Clock clock,
            RetentionPolicy retention) {
        this.session = session;
        this.retention = retention;
        this.exchange = exchange;
        this.unit = unit;
        this.destination = destination;
        this.clock = clock;
        this.lifecycle = new NoteLifecycle(clock);
        this.audit = new NoteAudit(session, clock);
        this.outbox = new ReviewOutbox(session.documents(), session.audit(), exchange, destination, clock,
                session.user().hsaId().value());
    }

    /** Review through the server the device's settings name, with the user's own token; empty when review stays on the device. */
    public static Optional<ServerReview> of(AppContext context, StoreSession session, ClientSettings settings) {
        if (!settings.reviewsOnServer()) {
            return Optional.empty();
        }
        var fhir = settings.fhir(settings.fhirServer(), System.getenv(ClientSettings.TOKEN_VARIABLE))
                .withDocumentTypes(TemplateChoices.documentTypes(context));
        return Optional.of(new ServerReview(session, new FhirExporters(ForkJoinPool.commonPool()).reviews(fhir, context.clock()),
                settings.careUnit().hsaId(), settings.fhirServer().getHost(), context.clock(), settings.retention()));
    }

    public ReviewOutbox outbox() {
        return outbox;
    }

    /**
     * Puts a note the author submitted (in review) up for the care unit's reviewers: queued here at
     * once, sent by {@link #sync()}. A note sent back and submitted again goes as the next round.
     */
    public ReviewAction submit(Note note) throws IOException, DocumentFormatException {
        Consultation consultation = session.documents().get("consultation", note.id().toString(), Consultation.class)
                .orElseThrow(() -> new IllegalStateException("The note's consultation is not on this device"));
        AccessPolicy.require(session.user(), AccessPolicy.Permission.SUBMIT, consultation.clinician().hsaId());
        if (note.state() != NoteState.IN_REVIEW) {
            throw new IllegalStateException("Only a submitted note goes to review, this one is " + note.state());
        }
        int round = outbox.submissions(note.id().toString(), note.version()).size() + 1;
        return outbox.enqueue(ReviewAction.Request.submit(new ReviewPacket(note, consultation, evidence(note), round), null, unit));
    }

    /** The transcript segments the note's statements rest on, in transcript order; none when the transcript is gone. */
    private List<Segment> evidence(Note note) throws IOException, DocumentFormatException {
        Set<String> cited = note.sections().stream().map(NoteSection::statements).flatMap(List::stream)
                .map(Statement::evidence).flatMap(List::stream).map(TranscriptSpan::segmentId).collect(Collectors.toSet());
        return session.documents().get("transcript", note.id().toString(), Transcript.class)
                .map(t -> t.segments().stream().filter(s -> cited.contains(s.id())).toList()).orElse(List.of());
    }

    /**
     * Sends the steps that are due, then, for an author, brings back what reviewers decided about
     * their notes still in review on this device (only the latest round counts).
     */
    public Synced sync() throws IOException, DocumentFormatException {
        List<ReviewAction> sent = outbox.sendDue();
        List<Note> cameBack = new ArrayList<>();
        ExportException unreachable = null;
        if (AccessPolicy.allows(session.user(), AccessPolicy.Permission.SUBMIT, session.user().hsaId())) {
            try {
                for (RemoteReview r : exchange.decided(session.user().hsaId())) {
                    cameBack(r).ifPresent(cameBack::add);
                }
            } catch (ExportException e) {
                unreachable = e;
            }
        }
        forgetFinished();
        return new Synced(sent, cameBack, unreachable);
    }

    /**
     * Deletes finished steps older than the retention for notes after export: a decision once it
     * arrived (or lost), a submission once its note is no longer waiting for review here.
     */
    private void forgetFinished() throws IOException, DocumentFormatException {
        Instant due = clock.instant().minus(retention.documentsAfterExport());
        for (ReviewAction a : outbox.actions()) {
            if (a.doneAt() == null || a.doneAt().isAfter(due)) {
                continue;
            }
            if (a.request().kind() == ReviewAction.Kind.SUBMIT) {
                Optional<Note> local = session.documents().get("note", a.request().noteId(), Note.class);
                if (local.isPresent() && local.get().state() == NoteState.IN_REVIEW) {
                    continue;
                }
            }
            outbox.forget(a.id());
        }
    }

    private Optional<Note> cameBack(RemoteReview r) throws IOException, DocumentFormatException {
        Note sent = r.packet().note();
        String id = sent.id().toString();
        Optional<Note> local = session.documents().get("note", id, Note.class);
        if (local.isEmpty() || local.get().state() != NoteState.IN_REVIEW || local.get().version() != sent.version()) {
            return Optional.empty();
        }
        int latest = outbox.submissions(id, sent.version()).stream().filter(a -> a.state() == ReviewAction.State.DONE)
                .mapToInt(a -> a.request().packet().round()).max().orElse(0);
        if (r.packet().round() != latest) {
            return Optional.empty();
        }
        String by = r.actedBy() == null ? "review-server" : r.actedBy().value();
        Instant at = r.actedAt() == null ? clock.instant() : r.actedAt();
        Map<String, String> via = new LinkedHashMap<>();
        via.put("via", destination);
        via.put("task", r.taskId());
        NoteLifecycle.Transition t;
        if (r.status() == RemoteReview.Status.SENT_BACK) {
            t = lifecycle.move(local.get(), NoteState.SENT_BACK, by);
            session.documents().put("note", id, t.note());
            session.documents().put("send-back-comment", id, r.comment() == null ? "" : r.comment());
            session.audit().append(t.auditEvent());
            session.audit().append(AuditEvent.of(at, by, AuditAction.SEND_BACK, id, sent.version(), via));
        } else if (r.status() == RemoteReview.Status.APPROVED) {
            t = lifecycle.move(local.get(), NoteState.APPROVED, by);
            session.documents().put("note", id, t.note());
            session.audit().append(t.auditEvent());
            session.audit().append(AuditEvent.of(at, by, AuditAction.APPROVE, id, sent.version(), via));
            // The reviewer's device sent the final note: retention counts from here, and the follow-up sees it exported.
            session.documents().put(ExportRecord.KIND, id, new ExportRecord(id, at, destination));
            session.audit().append(AuditEvent.of(at, by, AuditAction.EXPORT, id, sent.version(), via));
        } else {
            return Optional.empty();
        }
        return Optional.of(t.note());
    }

    /**
     * The requests waiting for this reviewer or their unit on the server, oldest first, without those
     * this device has already decided (their decision may still be on its way).
     */
    public List<RemoteReview> queue() throws ExportException, IOException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.VIEW_NOTE, null);
        Set<String> decided = outbox.actions().stream().filter(a -> a.request().kind() != ReviewAction.Kind.SUBMIT)
                .map(a -> a.request().seen().taskId()).collect(Collectors.toSet());
        return exchange.queue(session.user().hsaId(), List.of(unit), QUEUE_PAGE).stream()
                .filter(r -> !decided.contains(r.taskId())).toList();
    }

    /** A reviewer opens a remote draft: audited as a view; the packet carries the evidence. */
    public ReviewPacket open(RemoteReview r) throws IOException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.VIEW_NOTE, r.packet().consultation().clinician().hsaId());
        audit.record(AuditAction.VIEW, r.packet().note().id().toString(), r.packet().note().version(), Map.of("via", destination));
        return r.packet();
    }

    /**
     * The reviewer approves the draft as they saw it: queued here at once (it goes when the network
     * allows), checked against the request's version when sent.
     */
    public ReviewAction approve(RemoteReview seen) throws IOException, DocumentFormatException {
        return approve(seen, null);
    }

    /**
     * As {@link #approve(RemoteReview)}, with the reviewer's changes made in the note's plain text
     * ({@link ReviewerEdits}); null or unchanged text approves the note as the author sent it.
     */
    public ReviewAction approve(RemoteReview seen, String editedText) throws IOException, DocumentFormatException {
        Note sent = seen.packet().note();
        AccessPolicy.require(session.user(), AccessPolicy.Permission.APPROVE, seen.packet().consultation().clinician().hsaId());
        Note note = editedText == null ? sent : ReviewerEdits.apply(sent, editedText, session.user().hsaId());
        NoteLifecycle.Transition t = lifecycle.move(note, NoteState.APPROVED, session.user().hsaId().value());
        ApprovedNote approved = new ApprovedNote(t.note(), seen.packet().consultation(), session.user().asClinician(), clock.instant());
        ReviewAction action = outbox.enqueue(ReviewAction.Request.approve(seen, approved));
        if (action.request().kind() == ReviewAction.Kind.APPROVE) {
            if (!note.equals(sent)) {
                audit.record(AuditAction.EDIT, note.id().toString(), note.version(), Map.of("changed", "true", "via", destination));
            }
            session.audit().append(t.auditEvent());
            audit.record(AuditAction.APPROVE, note.id().toString(), note.version(), Map.of("via", destination));
        }
        return action;
    }

    /** The reviewer sends the draft back with a comment: queued here at once, checked against the request's version when sent. */
    public ReviewAction sendBack(RemoteReview seen, String comment) throws IOException, DocumentFormatException {
        Note note = seen.packet().note();
        AccessPolicy.require(session.user(), AccessPolicy.Permission.SEND_BACK, seen.packet().consultation().clinician().hsaId());
        ReviewAction action = outbox.enqueue(ReviewAction.Request.sendBack(seen, session.user().asClinician(), comment));
        if (action.request().kind() == ReviewAction.Kind.SEND_BACK) {
            audit.record(AuditAction.SEND_BACK, note.id().toString(), note.version(), Map.of("via", destination));
        }
        return action;
    }
}
