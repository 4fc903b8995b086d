package se.diktera.app.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** Work for the background executor whose outcome the FX thread handles, with the failure unwrapped. */
final class BackgroundWork {

    /** A job that may fail with any exception. */
    @FunctionalInterface
    interface Job<T> {
        T run() throws Exception;
    }

    private BackgroundWork() {
    }

    static <T> CompletableFuture<T> supply(Job<T> job, Executor background) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return job.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background);
    }

    /** What went wrong, as the job said it: not the future's wrapper around it. */
    static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
