package se.diktera.core.json;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/** A stored document that cannot be read: not JSON, the wrong kind, a newer schema, or damaged. */
public final class DocumentFormatException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;

    public DocumentFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public Problem problem() {
        return Problem.DOCUMENT_DAMAGED;
    }
}
