package se.diktera.core.engine;

import java.util.Objects;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/**
 * An engine could not do its job for a reason a user can act on (a model is missing, a file is
 * unreadable, a server refused). The {@link #problem()} is what the client shows, in the user's
 * language; the message is English detail for the command line and never contains patient data.
 */
public class EngineException extends Exception implements Explained {

    private static final long serialVersionUID = 1L;
    private final Problem problem;

    public EngineException(Problem problem, String message) {
        this(problem, message, null);
    }

    public EngineException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    @Override
    public Problem problem() {
        return problem;
    }
}
