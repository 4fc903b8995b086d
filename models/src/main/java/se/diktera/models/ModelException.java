package se.diktera.models;

/**
 * A model that cannot be installed, imported or found. The message says what is wrong and how to
 * fix it, in words an administrator can act on.
 */
public final class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
