package se.diktera.core.store;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/** A user tried something their role, or the four-eyes rule, does not allow. */
public final class AccessDeniedException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public Problem problem() {
        return Problem.ACCESS_DENIED;
    }
}
