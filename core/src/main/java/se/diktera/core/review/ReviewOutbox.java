package se.diktera.core.review;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.outbox.Backoff;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.AuditLog;
import se.diktera.core.store.EncryptedDocuments;
import se.diktera.core.store.TamperedDataException;

/**
 * A durable queue of review steps on their way to the review server, as the outbox is for approved
 * notes: a step is stored before it is sent and changes state only after the server answered, so a
 * crash or a dropped network leaves it queued, and the retry is recognised by the server (the same
 * round, the same decision) instead of making a copy. A step that lost to someone else's (the request
 * changed since it was seen) ends as {@link ReviewAction.State#CONFLICT}, with who and when, and is
 * not retried. Retries back off as the outbox's do. Every attempt is audited; not thread-safe.
 */
public final class ReviewOutbox {

    static final String KIND = "review-outbox";

    private final EncryptedDocuments documents;
    private final AuditLog audit;
    private final ReviewExchange exchange;
    private final String destination;
    private final Clock clock;
    private final String actorId;

    /** @param destination for the audit trail: the server's host, never a path or a token */
    public ReviewOutbox(EncryptedDocuments documents, AuditLog audit, ReviewExchange exchange, String destination, Clock clock,
            String actorId) {
        this.documents = documents;
        this.audit = audit;
        this.exchange = exchange;
        this.destination = destination;
        this.clock = clock;
        this.actorId = actorId;
    }

    /** Queues a step (durably); queuing the same step twice keeps the first. */
    public ReviewAction enqueue(ReviewAction.Request request) throws IOException, DocumentFormatException {
        String id = ReviewAction.idOf(request);
        Optional<ReviewAction> existing = documents.get(KIND, id, ReviewAction.class);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        ReviewAction action = new ReviewAction(id, request, ReviewAction.State.QUEUED, 0, now, now, null, null, null, null, null);
        documents.put(KIND, id, action);
        return action;
    }

    /** Sends every step that is due, oldest first; returns what happened to each. */
    public List<ReviewAction> sendDue() throws IOException {
        List<ReviewAction> results = new ArrayList<>();
        Instant now = clock.instant();
        for (ReviewAction action : actions()) {
            if (action.due(now)) {
                results.add(send(action));
            }
        }
        return results;
    }

    private ReviewAction send(ReviewAction action) throws IOException {
        ReviewAction.Request r = action.request();
        ReviewAction next;
        try {
            RemoteReview answer = null;
            String where = null;
            switch (r.kind()) {
                case SUBMIT -> answer = exchange.submit(r.packet(), r.reviewer(), r.unit());
                case APPROVE -> {
                    ExportReceipt receipt = exchange.approve(r.seen(), r.approved());
                    where = receipt.location();
                }
                case SEND_BACK -> answer = exchange.sendBack(r.seen(), r.actor(), r.comment());
                default -> throw new IllegalStateException(r.kind().name());
            }
            Instant at = clock.instant();
            next = action.done(answer, where, at);
            documents.put(KIND, action.id(), next);
            Map<String, String> details = details(r);
            details.put("task", answer != null ? answer.taskId() : r.seen().taskId());
            if (where != null) {
                details.put("location", where);
            }
            audit.append(AuditEvent.of(at, actorId, AuditAction.REVIEW_SENT, r.noteId(), r.noteVersion(), details));
        } catch (ReviewConflictException e) {
            next = action.lost(e.now().orElse(null), e.getMessage(), clock.instant());
            documents.put(KIND, action.id(), next);
            Map<String, String> details = details(r);
            details.put("conflict", "true");
            audit.append(AuditEvent.of(clock.instant(), actorId, AuditAction.REVIEW_SEND_FAILED, r.noteId(), r.noteVersion(), details));
        } catch (ExportException e) {
            next = failed(action, e.problem(), e.getMessage(), e.retryable(), e.retryAfter().orElse(Duration.ZERO));
        } catch (RuntimeException e) {
            next = failed(action, Problem.SERVER_ANSWER_UNUSABLE, "The review server's answer could not be understood ("
                    + e.getClass().getSimpleName() + "); the step stays queued", true, Duration.ZERO);
        }
        return next;
    }

    private ReviewAction failed(ReviewAction action, Problem problem, String reason, boolean retryable, Duration asked)
            throws IOException {
        Instant at = clock.instant();
        ReviewAction next = retryable
                ? action.failed(ReviewAction.State.RETRY, problem, reason, at.plus(Backoff.after(action.attempts() + 1, asked)))
                : action.failed(ReviewAction.State.PARKED, problem, reason, null);
        documents.put(KIND, action.id(), next);
        Map<String, String> details = details(action.request());
        details.put("retry", String.valueOf(retryable));
        audit.append(AuditEvent.of(at, actorId, AuditAction.REVIEW_SEND_FAILED, action.request().noteId(),
                action.request().noteVersion(), details));
        return next;
    }

    private Map<String, String> details(ReviewAction.Request r) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("destination", destination);
        details.put("step", r.kind().name());
        return details;
    }

    /** A person asks for a parked (or waiting) step to be tried again now; a finished one stays as it is. */
    public ReviewAction retry(String id) throws IOException, DocumentFormatException {
        ReviewAction action = documents.get(KIND, id, ReviewAction.class)
                .orElseThrow(() -> new IllegalArgumentException("No review step " + id));
        if (!action.waiting()) {
            return action;
        }
        ReviewAction requeued = action.requeued(clock.instant());
        documents.put(KIND, id, requeued);
        return requeued;
    }

    /**
     * Deletes a finished step (arrived, or lost to another's) and the note it carries, by the
     * retention policy; a step still waiting is kept. Audited as a deletion by retention.
     *
     * @return whether it was deleted
     */
    public boolean forget(String id) throws IOException {
        Optional<ReviewAction> action = read(id);
        if (action.isEmpty() || action.get().waiting()) {
            return false;
        }
        boolean deleted = documents.delete(KIND, id);
        if (deleted) {
            audit.append(AuditEvent.of(clock.instant(), "retention", AuditAction.DELETE_BY_RETENTION, action.get().request().noteId(),
                    action.get().request().noteVersion(), Map.of("deleted", "review-step", "step", action.get().request().kind().name())));
        }
        return deleted;
    }

    /** The step with this id, when there is one. */
    public Optional<ReviewAction> find(String id) throws IOException {
        return read(id);
    }

    /** Every readable step, oldest first; a damaged one is left out so the others still go. */
    public List<ReviewAction> actions() throws IOException {
        List<ReviewAction> actions = new ArrayList<>();
        for (String id : documents.ids(KIND)) {
            read(id).ifPresent(actions::add);
        }
        actions.sort(Comparator.comparing(ReviewAction::queuedAt).thenComparing(ReviewAction::id));
        return actions;
    }

    /** The submissions of one note version so far: the next one is round {@code size() + 1}. */
    public List<ReviewAction> submissions(String noteId, int version) throws IOException {
        return actions().stream().filter(a -> a.request().kind() == ReviewAction.Kind.SUBMIT
                && a.request().noteId().equals(noteId) && a.request().noteVersion() == version).toList();
    }

    private Optional<ReviewAction> read(String id) throws IOException {
        try {
            return documents.get(KIND, id, ReviewAction.class);
        } catch (DocumentFormatException | TamperedDataException e) {
            return Optional.empty();
        }
    }
}
