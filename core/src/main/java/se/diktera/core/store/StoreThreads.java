package se.diktera.core.store;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which threads must never do the store's work: the client forbids its UI thread, so that
 * sealing, opening and key derivation (disk and CPU work) never freeze the window. Work on a
 * forbidden thread is counted and logged (the operation's name only, never data); the client's
 * window tests assert that none happened.
 */
public final class StoreThreads {

    private static final Logger LOG = LoggerFactory.getLogger(StoreThreads.class);
    private static volatile BooleanSupplier forbidden = () -> false;
    private static final LongAdder VIOLATIONS = new LongAdder();

    private StoreThreads() {
    }

    /** @param onForbiddenThread true when the calling thread must not do store work (e.g. the FX thread) */
    public static void forbid(BooleanSupplier onForbiddenThread) {
        forbidden = onForbiddenThread;
    }

    /** How many store operations ran on a forbidden thread since the process started. */
    public static long violations() {
        return VIOLATIONS.sum();
    }

    static void check(String operation) {
        if (forbidden.getAsBoolean()) {
            VIOLATIONS.increment();
            LOG.warn("Store work ({}) on the thread {}, which must not do it", operation, Thread.currentThread().getName(),
                    new IllegalStateException("called here"));
        }
    }
}
