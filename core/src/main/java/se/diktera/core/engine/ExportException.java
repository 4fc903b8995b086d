package se.diktera.core.engine;

/** An export that did not happen. {@link #retryable()} tells an outbox whether to try again later. */
public class ExportException extends EngineException {

    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public ExportException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
