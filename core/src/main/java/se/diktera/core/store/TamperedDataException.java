package se.diktera.core.store;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/**
 * Stored data that failed its integrity check. Nothing of it was returned: a tampered or
 * truncated file is reported, never half-read.
 */
public final class TamperedDataException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    public TamperedDataException(String message) {
        super(message);
    }

    @Override
    public Problem problem() {
        return Problem.DATA_TAMPERED;
    }
}
