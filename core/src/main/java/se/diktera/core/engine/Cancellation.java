package se.diktera.core.engine;

/** A flag a caller sets to ask a long-running engine call to stop early. Thread-safe. */
public final class Cancellation {

    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
