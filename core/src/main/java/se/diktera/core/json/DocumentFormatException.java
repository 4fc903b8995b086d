package se.diktera.core.json;

/** A stored document that cannot be read: not JSON, the wrong kind, a newer schema, or damaged. */
public final class DocumentFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
