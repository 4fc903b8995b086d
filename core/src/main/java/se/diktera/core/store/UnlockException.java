package se.diktera.core.store;

import java.time.Instant;
import java.util.Optional;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/**
 * Unlocking failed. A wrong passphrase and an unknown user give the same answer, so a guesser
 * learns nothing about which accounts exist.
 */
public final class UnlockException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;
    private final transient Instant retryAfter;

    private UnlockException(String message, Instant retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    static UnlockException refused() {
        return new UnlockException("The user name or passphrase is wrong", null);
    }

    static UnlockException rateLimited(Instant until) {
        return new UnlockException("Too many failed attempts: try again after " + until, until);
    }

    /** When the next attempt is allowed, if attempts are being held back. */
    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public Problem problem() {
        return retryAfter == null ? Problem.PASSPHRASE_WRONG : Problem.TOO_MANY_ATTEMPTS;
    }
}
