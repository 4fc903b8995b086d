package se.diktera.app.cli;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import se.diktera.core.engine.EngineException;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.store.AccessDeniedException;
import se.diktera.core.store.TamperedDataException;
import se.diktera.core.store.UnlockException;
import se.diktera.models.ModelException;

/**
 * Turns a failed command into one clear line for the user and an exit code; the stack trace goes
 * to the log at debug level only, without the messages (which may quote patient data). Expected failures (bad input, missing model) exit 1; bugs exit 70.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 70;
    private static final Logger LOG = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        boolean expected = e instanceof EngineException || e instanceof ModelException
                || e instanceof IllegalArgumentException || e instanceof IOException
                || e instanceof UnlockException || e instanceof AccessDeniedException
                || e instanceof TamperedDataException
                || e instanceof DocumentFormatException;
        // The exception's message may quote what a server answered; the log gets its type and frames only.
        LOG.debug("Command failed", WithoutMessages.of(e));
        cli.getErr().println(cli.getColorScheme().errorText("diktera: " + e.getMessage()));
        if (!expected) {
            cli.getErr().println("diktera: internal error (" + e.getClass().getSimpleName()
                    + "); run with DIKTERA_LOG_LEVEL=DEBUG for details");
        }
        return expected ? USER_ERROR : INTERNAL_ERROR;
    }
}
