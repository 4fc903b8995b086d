package se.diktera.core.outbox;

import java.time.Instant;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.problem.Problem;

/**
 * One approved note version waiting to leave the device, and how its sending went.
 *
 * @param id            the note id and version, e.g. {@code 3f2a…/v1}, safe as a file name once encoded
 * @param location      where it arrived (a resource URL), once sent
 * @param lastError     why the last attempt failed, in English, for the command line and the log; null after a success
 * @param lastProblem   the same as a reason the client puts in the user's language; null after a success (and in
 *                      items queued before it was recorded)
 */
public record OutboxItem(String id, ApprovedNote note, State state, int attempts, Instant queuedAt,
        Instant nextAttemptAt, String lastError, Problem lastProblem, String location, Instant sentAt) {

    /** QUEUED and RETRY are sent when due; SENT is done; PARKED waits for a person. */
    public enum State { QUEUED, RETRY, SENT, PARKED }

    /** The item of one note version; its withdrawal ({@code entered-in-error}) is an item of its own. */
    public static String idOf(ApprovedNote note) {
        String version = versionId(note);
        return note.note().state() == NoteState.ENTERED_IN_ERROR ? version + WITHDRAWAL : version;
    }

    /** The suffix of a withdrawal's item id. */
    public static final String WITHDRAWAL = "-entered-in-error";

    static String versionId(ApprovedNote note) {
        return note.note().id() + "-v" + note.note().version();
    }

    OutboxItem sent(String where, Instant at) {
        return new OutboxItem(id, note, State.SENT, attempts + 1, queuedAt, null, null, null, where, at);
    }

    OutboxItem failed(State next, Problem problem, String error, Instant retryAt) {
        return new OutboxItem(id, note, next, attempts + 1, queuedAt, retryAt, error, problem, null, null);
    }

    OutboxItem requeued(Instant now) {
        return new OutboxItem(id, note, State.QUEUED, attempts, queuedAt, now, lastError, lastProblem, null, null);
    }

    boolean due(Instant now) {
        return (state == State.QUEUED || state == State.RETRY) && !now.isBefore(nextAttemptAt);
    }
}
