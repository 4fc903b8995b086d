package se.diktera.core.store;

/**
 * Stored data that failed its integrity check. Nothing of it was returned: a tampered or
 * truncated file is reported, never half-read.
 */
public final class TamperedDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TamperedDataException(String message) {
        super(message);
    }
}
