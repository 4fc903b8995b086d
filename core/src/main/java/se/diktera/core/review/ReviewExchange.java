package se.diktera.core.review;

import java.util.List;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;

/**
 * Four-eyes review across devices: the author's device submits a draft to a review server, the
 * reviewer's device finds it in its queue, approves it or sends it back, and the author's device
 * learns what came back. Every action is made on the version of the request last seen and is
 * refused ({@link ReviewConflictException}) when the request changed in between. Submitting the
 * same round again finds what the first attempt stored instead of making a copy, so the outbox may
 * retry it. Implementations talk to the region's FHIR server; they never log patient data.
 */
public interface ReviewExchange {

    /**
     * Puts the draft up for review.
     *
     * @param reviewer the reviewer asked; null to leave it to the unit's reviewers
     * @param unit     the care unit whose reviewers may take it; used when no reviewer is asked
     */
    RemoteReview submit(ReviewPacket packet, HsaId reviewer, HsaId unit) throws ExportException;

    /**
     * Requests waiting for this reviewer or for any of these units, oldest first, never the
     * reviewer's own drafts: at most {@code most} of them (the oldest), as a screen shows a page.
     */
    List<RemoteReview> queue(HsaId reviewer, List<HsaId> units, int most) throws ExportException;

    /** The author's requests that were approved or sent back. */
    List<RemoteReview> decided(HsaId author) throws ExportException;

    /** Reads one request as it stands now. */
    RemoteReview read(String taskId) throws ExportException;

    /**
     * Approves: the note, as the reviewer left it, becomes final on the server, with its Provenance,
     * and the request completed, together or not at all.
     *
     * @param seen the request as the reviewer saw it
     * @throws ReviewConflictException when the request changed since it was seen
     */
    ExportReceipt approve(RemoteReview seen, ApprovedNote approved) throws ExportException;

    /**
     * Sends the draft back to its author with the reviewer's comment.
     *
     * @throws ReviewConflictException when the request changed since it was seen
     */
    RemoteReview sendBack(RemoteReview seen, Clinician reviewer, String comment) throws ExportException;
}
