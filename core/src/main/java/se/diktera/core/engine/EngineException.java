package se.diktera.core.engine;

/**
 * An engine could not do its job for a reason a user can act on (a model is missing, a file is
 * unreadable, a server refused). The message says what happened and, where known, how to fix it;
 * it never contains patient data.
 */
public class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
