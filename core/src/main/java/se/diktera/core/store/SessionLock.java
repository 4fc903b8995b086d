package se.diktera.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks a session after a quiet spell (default five minutes), as a tablet left in a car must.
 * The UI calls {@link #touch()} on every input and checks {@link #isLocked()} on a timer.
 * Thread-safe.
 */
public final class SessionLock {

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(5);
    private final Clock clock;
    private final Duration idle;
    private volatile Instant lastActivity;
    private volatile boolean locked;

    public SessionLock(Clock clock, Duration idle) {
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("The idle time must be positive");
        }
        this.clock = clock;
        this.idle = idle;
        this.lastActivity = clock.instant();
    }

    public void touch() {
        if (!isLocked()) {
            lastActivity = clock.instant();
        }
    }

    public boolean isLocked() {
        if (!locked && Duration.between(lastActivity, clock.instant()).compareTo(idle) >= 0) {
            locked = true;
        }
        return locked;
    }

    public void lockNow() {
        locked = true;
    }

    /** After the user has unlocked again (the vault checked the passphrase). */
    public void unlocked() {
        locked = false;
        lastActivity = clock.instant();
    }
}
