package se.diktera.core.engine;

import java.time.Duration;
import java.util.Optional;

import se.diktera.core.problem.Problem;

/** An export that did not happen. {@link #retryable()} tells an outbox whether to try again later. */
public class ExportException extends EngineException {

    private static final long serialVersionUID = 1L;
    private final boolean retryable;
    private final Duration retryAfter;

    public ExportException(Problem problem, String message, boolean retryable, Throwable cause) {
        this(problem, message, retryable, cause, null);
    }

    /** @param retryAfter how long the destination asked to be left alone (HTTP Retry-After); null when it did not say */
    public ExportException(Problem problem, String message, boolean retryable, Throwable cause, Duration retryAfter) {
        super(problem, message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** How long the destination asked to wait before the next try, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean retryable() {
        return retryable;
    }
}
