package se.diktera.core.store;

/** A user tried something their role, or the four-eyes rule, does not allow. */
public final class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
