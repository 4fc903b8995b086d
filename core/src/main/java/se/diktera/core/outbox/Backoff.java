package se.diktera.core.outbox;

import java.time.Duration;

/**
 * How long a queue waits before trying a failed item again: from {@value #FIRST_SECONDS} s, doubling
 * to 15 minutes, or as long as the destination asked (Retry-After) when that is longer.
 */
public final class Backoff {

    public static final long FIRST_SECONDS = 5;
    public static final Duration MAX = Duration.ofMinutes(15);

    private Backoff() {
    }

    /** The wait after {@code attempts} failed attempts. */
    public static Duration after(int attempts) {
        Duration d = Duration.ofSeconds(FIRST_SECONDS).multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return d.compareTo(MAX) > 0 ? MAX : d;
    }

    /** The wait after {@code attempts} failed attempts when the destination asked for {@code asked}. */
    public static Duration after(int attempts, Duration asked) {
        Duration wait = after(attempts);
        return asked != null && asked.compareTo(wait) > 0 ? asked : wait;
    }
}
