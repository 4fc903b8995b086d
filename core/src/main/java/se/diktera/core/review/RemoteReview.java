package se.diktera.core.review;

import java.time.Instant;
import java.util.Objects;

import se.diktera.core.people.HsaId;

/**
 * One review request as the review server holds it, at the version last seen: what every action on
 * it is checked against, so that two reviewers acting on one draft cannot both win.
 *
 * @param taskId      the server's id of the request (a FHIR Task)
 * @param taskVersion the version of the request this device last saw
 * @param packet      the draft and its evidence
 * @param status      where the request stands
 * @param comment     the reviewer's comment when sent back; null otherwise
 * @param actedBy     who approved or sent it back (HSA-id); null while it waits
 * @param actedByName their name as the server has it; null while it waits
 * @param actedAt     when the request last changed on the server
 */
public record RemoteReview(String taskId, String taskVersion, ReviewPacket packet, Status status, String comment,
        HsaId actedBy, String actedByName, Instant actedAt) {

    /** Waiting for a reviewer, approved, or sent back to its author. */
    public enum Status { REQUESTED, APPROVED, SENT_BACK }

    public RemoteReview {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(taskVersion, "taskVersion");
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(status, "status");
    }
}
