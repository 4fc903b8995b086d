package se.diktera.app;

import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.problem.Problem;

/** The exporter when the device has nowhere to send notes: every try fails, retryably, until one is set. */
final class NoDestination {

    static final NoteExporter EXPORTER = note -> {
        throw new ExportException(Problem.NO_DESTINATION, "no destination configured", true, null);
    };

    private NoDestination() {
    }
}
