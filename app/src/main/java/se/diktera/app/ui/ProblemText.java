package se.diktera.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.diktera.app.Messages;
import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/**
 * Puts a failure in the user's language: the reason an engine or the store gave ({@link Explained})
 * picks the message key; an exception without one is a storage problem when it is I/O and
 * unexpected otherwise. The exception's English message never reaches the screen; the log gets its
 * class and reason only, as messages may name files.
 */
public final class ProblemText {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemText.class);

    private final Messages messages;

    public ProblemText(Messages messages) {
        this.messages = messages;
    }

    /** The reason behind {@code failure}, looking through the wrappers of futures and unchecked I/O. */
    public static Problem of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Explained explained) {
                return explained.problem();
            }
            if (!(t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException)) {
                return t instanceof IOException ? Problem.STORAGE : Problem.UNEXPECTED;
            }
        }
        return Problem.UNEXPECTED;
    }

    /** The reason in words, logged (class and reason) on the way. */
    public String describe(Throwable failure) {
        Problem problem = of(failure);
        if (problem == Problem.UNEXPECTED) {
            LOG.error("Unexpected failure ({})", failure.getClass().getName(), failure);
        } else {
            LOG.info("Failure shown as {} ({})", problem, failure.getClass().getName());
        }
        return messages.get(problem.key());
    }

    /** The screen's own failure message ({@code screenKey}, with the reason as its {0}). */
    public String on(String screenKey, Throwable failure) {
        return messages.get(screenKey, describe(failure));
    }
}
