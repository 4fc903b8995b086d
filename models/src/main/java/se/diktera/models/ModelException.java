package se.diktera.models;

import java.util.Objects;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/**
 * A model that cannot be installed, imported or found. The message says what is wrong and how to
 * fix it, in words an administrator can act on.
 */
public final class ModelException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;
    private final Problem problem;

    public ModelException(Problem problem, String message) {
        this(problem, message, null);
    }

    public ModelException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
