package se.diktera.core.review;

import java.time.Instant;
import java.util.Optional;

import se.diktera.core.engine.ExportException;
import se.diktera.core.problem.Problem;

/**
 * Someone else acted on the review request first (another reviewer approved it or sent it back, or
 * the author withdrew it): nothing of this action was stored. Not retryable: the person must look
 * at what is there now.
 */
public final class ReviewConflictException extends ExportException {

    private static final long serialVersionUID = 1L;

    private final transient RemoteReview now;

    public ReviewConflictException(String message, RemoteReview now) {
        super(Problem.REVIEW_CONFLICT, message, false, null);
        this.now = now;
    }

    /** The request as it stands on the server now, when it could be read. */
    public Optional<RemoteReview> now() {
        return Optional.ofNullable(now);
    }

    /** Who acted first and when, when the server says. */
    public Optional<String> actedBy() {
        return now().filter(r -> r.actedBy() != null)
                .map(r -> (r.actedByName() != null ? r.actedByName() + " " : "") + "(" + r.actedBy().value() + ")");
    }

    public Optional<Instant> actedAt() {
        return now().map(RemoteReview::actedAt);
    }
}
