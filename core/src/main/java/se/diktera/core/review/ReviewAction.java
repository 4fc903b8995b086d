package se.diktera.core.review;

import java.time.Instant;
import java.util.Objects;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.problem.Problem;

/**
 * One review step waiting to reach the review server, and how its sending went: a draft put up for
 * review, an approval, or a send-back. Kept in the encrypted store, so an approval made offline
 * survives a restart and goes when the network is back, checked against the version it was made on.
 *
 * @param id          unique per step and safe as a file name: the note and round for a submission, the
 *                    request for an approval or send-back (a request is decided once on a device)
 * @param outcome     the request as the server answered (after a submission or send-back), or as it
 *                    stood when someone else had acted first ({@link State#CONFLICT}); null otherwise
 * @param location    where an approved note arrived on the server; null otherwise
 * @param lastError   why the last attempt failed, in English, never with patient data; null after a success
 * @param lastProblem the same as a reason the client puts in the user's language
 */
public record ReviewAction(String id, Request request, State state, int attempts, Instant queuedAt,
        Instant nextAttemptAt, String lastError, Problem lastProblem, RemoteReview outcome, String location, Instant doneAt) {

    /** QUEUED and RETRY are sent when due; DONE arrived; CONFLICT lost to another's action; PARKED waits for a person. */
    public enum State { QUEUED, RETRY, DONE, CONFLICT, PARKED }

    /** Which step. */
    public enum Kind { SUBMIT, APPROVE, SEND_BACK }

    /**
     * What is to be sent. A submission carries the packet and whom it is for; an approval the
     * request as seen and the note as approved; a send-back the request as seen, who and why.
     */
    public record Request(Kind kind, ReviewPacket packet, HsaId reviewer, HsaId unit, RemoteReview seen, ApprovedNote approved,
            Clinician actor, String comment) {

        public Request {
            Objects.requireNonNull(kind, "kind");
            switch (kind) {
                case SUBMIT -> {
                    Objects.requireNonNull(packet, "packet");
                    if (reviewer == null && unit == null) {
                        throw new IllegalArgumentException("A review request needs a reviewer or a care unit");
                    }
                }
                case APPROVE -> {
                    Objects.requireNonNull(seen, "seen");
                    Objects.requireNonNull(approved, "approved");
                }
                case SEND_BACK -> {
                    Objects.requireNonNull(seen, "seen");
                    Objects.requireNonNull(actor, "actor");
                    if (comment == null || comment.isBlank()) {
                        throw new IllegalArgumentException("A draft is sent back with a comment");
                    }
                }
                default -> throw new IllegalArgumentException(kind.name());
            }
        }

        public static Request submit(ReviewPacket packet, HsaId reviewer, HsaId unit) {
            return new Request(Kind.SUBMIT, packet, reviewer, unit, null, null, null, null);
        }

        public static Request approve(RemoteReview seen, ApprovedNote approved) {
            return new Request(Kind.APPROVE, null, null, null, seen, approved, approved.approver(), null);
        }

        public static Request sendBack(RemoteReview seen, Clinician reviewer, String comment) {
            return new Request(Kind.SEND_BACK, null, null, null, seen, null, reviewer, comment);
        }

        /** The note this step is about. */
        public String noteId() {
            return (packet != null ? packet : seen.packet()).note().id().toString();
        }

        public int noteVersion() {
            return (packet != null ? packet : seen.packet()).note().version();
        }

        @Override
        public String toString() {
            // Carries patient data: never print it.
            return "ReviewAction.Request[" + kind + "]";
        }
    }

    public ReviewAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(state, "state");
    }

    /** The id a step gets: one submission per note version and round, one decision per request. */
    public static String idOf(Request request) {
        return switch (request.kind()) {
            case SUBMIT -> request.noteId() + "-v" + request.noteVersion() + "-r" + request.packet().round() + "-submit";
            case APPROVE, SEND_BACK -> safe(request.seen().taskId()) + "-decision";
        };
    }

    private static String safe(String taskId) {
        return taskId.replaceAll("[^A-Za-z0-9.-]", "-");
    }

    public boolean waiting() {
        return state == State.QUEUED || state == State.RETRY || state == State.PARKED;
    }

    boolean due(Instant now) {
        return (state == State.QUEUED || state == State.RETRY) && !now.isBefore(nextAttemptAt);
    }

    ReviewAction done(RemoteReview answer, String where, Instant at) {
        return new ReviewAction(id, request, State.DONE, attempts + 1, queuedAt, null, null, null, answer, where, at);
    }

    ReviewAction lost(RemoteReview now, String error, Instant at) {
        return new ReviewAction(id, request, State.CONFLICT, attempts + 1, queuedAt, null, error, Problem.REVIEW_CONFLICT, now,
                null, at);
    }

    ReviewAction failed(State next, Problem problem, String error, Instant retryAt) {
        return new ReviewAction(id, request, next, attempts + 1, queuedAt, retryAt, error, problem, null, null, null);
    }

    ReviewAction requeued(Instant now) {
        return new ReviewAction(id, request, State.QUEUED, attempts, queuedAt, now, lastError, lastProblem, null, null, null);
    }

    @Override
    public String toString() {
        return "ReviewAction[" + id + ", " + request.kind() + ", " + state + ", attempts " + attempts + "]";
    }
}
