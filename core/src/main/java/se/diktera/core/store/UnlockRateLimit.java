package se.diktera.core.store;

import java.time.Duration;
import java.time.Instant;

/**
 * Holds back guessing: the first {@value #FREE_ATTEMPTS} failures cost nothing, each one after
 * doubles a wait that starts at 30 s and stops at one hour. Kept in the account, so a restart
 * does not reset it.
 */
final class UnlockRateLimit {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofHours(1);

    private UnlockRateLimit() {
    }

    /** The time before which no attempt is accepted after {@code failures} failures, or null. */
    static Instant lockedUntil(int failures, Instant now) {
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }
}
