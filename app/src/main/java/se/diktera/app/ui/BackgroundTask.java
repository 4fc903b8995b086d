package se.diktera.app.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Work for the background executor with callbacks on the FX thread, in the manner of JabRef's
 * {@code BackgroundTask}: {@link #onRunning} before it starts (on the calling thread), then
 * {@link #onSuccess} or {@link #onFailure} (with the job's own exception, not the future's
 * wrapper), then {@link #onFinished}. Tests pass {@code Runnable::run} for both executors and so
 * run everything on their own thread, with no sleeps.
 *
 * @param <T> what the job returns
 */
final class BackgroundTask<T> {

    /** A job that may fail with any exception. */
    @FunctionalInterface
    interface Job<T> {
        T run() throws Exception;
    }

    /** A job with nothing to return. */
    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }

    private final Job<T> job;
    private Runnable onRunning = () -> { };
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(Job<T> job) {
        this.job = job;
    }

    static <T> BackgroundTask<T> of(Job<T> job) {
        return new BackgroundTask<>(job);
    }

    static BackgroundTask<Void> ofAction(Action action) {
        return new BackgroundTask<>(() -> {
            action.run();
            return null;
        });
    }

    BackgroundTask<T> onRunning(Runnable callback) {
        this.onRunning = callback;
        return this;
    }

    BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = callback;
        return this;
    }

    BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        this.onFailure = callback;
        return this;
    }

    BackgroundTask<T> onFinished(Runnable callback) {
        this.onFinished = callback;
        return this;
    }

    /**
     * Runs the job on {@code background} and the callbacks on {@code fx}. The future completes,
     * after the callbacks, with the job's value, or with null when it failed (the failure was
     * handed to {@link #onFailure}).
     */
    CompletableFuture<T> run(Executor background, Executor fx) {
        onRunning.run();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return job.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, background).handleAsync((value, failure) -> {
            try {
                if (failure != null) {
                    onFailure.accept(cause(failure));
                } else {
                    onSuccess.accept(value);
                }
            } finally {
                onFinished.run();
            }
            return failure != null ? null : value;
        }, fx);
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
