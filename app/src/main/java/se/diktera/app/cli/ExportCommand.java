package se.diktera.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import se.diktera.app.BulkExport;
import se.diktera.app.Messages;
import se.diktera.app.MhdExport;
import se.diktera.app.OutboxDelivery;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.store.RetentionPolicy;
import se.diktera.core.store.StoreSession;

/** {@code diktera export}: sends the outbox's due notes to the FHIR server or to files (given here, or else the device's settings), and shows its state. */
@Command(name = "export", resourceBundle = Messages.BUNDLE)
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "USER", descriptionKey = "cli.export.as")
    String user;

    static final class Destination {
        @Option(names = "--server", paramLabel = "URL", descriptionKey = "cli.export.server")
        URI server;
        @Option(names = "--folder", paramLabel = "DIR", descriptionKey = "cli.export.folder")
        Path folder;
        @Option(names = "--ndjson", paramLabel = "DIR", descriptionKey = "cli.export.ndjson")
        Path ndjson;
        @Option(names = "--mhd", paramLabel = "DIR|URL", descriptionKey = "cli.export.mhd")
        String mhd;
    }

    @ArgGroup(exclusive = true)
    Destination destination;

    @Option(names = "--retry", paramLabel = "ITEM", descriptionKey = "cli.export.retry")
    List<String> retry;

    @Option(names = "--keep-audio", paramLabel = "DURATION", descriptionKey = "cli.export.keepAudio")
    Duration keepAudio;

    @Option(names = "--keep-notes", paramLabel = "DURATION", descriptionKey = "cli.export.keepNotes")
    Duration keepNotes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = parent.messages();
        ClientSettings settings = parent.context().settings().load();
        if (destination != null && destination.ndjson != null) {
            try (StoreSession session = parent.unlock(user)) {
                BulkExport.Written written = new BulkExport(parent.context()).write(session, settings, destination.ndjson,
                        "diktera export --ndjson " + destination.ndjson.getFileName());
                out.println(m.get("export.ndjson", written.notes(), written.manifest()));
                return 0;
            }
        }
        if (destination != null && destination.mhd != null) {
            try (StoreSession session = parent.unlock(user)) {
                MhdExport.Handed handed = new MhdExport(parent.context()).provide(session, settings, destination.mhd);
                handed.locations().forEach(l -> out.println("  " + l));
                out.println(m.get("export.mhd", handed.locations().size()));
                return 0;
            }
        }
        OutboxDelivery.Destination where = destination == null ? OutboxDelivery.Destination.of(settings)
                : new OutboxDelivery.Destination(destination.server, destination.folder);
        RetentionPolicy retention = new RetentionPolicy(keepAudio != null ? keepAudio : settings.keepAudio(),
                keepNotes != null ? keepNotes : settings.keepNotes());
        try (StoreSession session = parent.unlock(user)) {
            OutboxDelivery.Worked worked = new OutboxDelivery(parent.context()).work(session, settings, where, retention,
                    retry == null ? List.of() : retry);
            for (OutboxItem item : worked.items()) {
                out.printf("  %-44s %-7s %s%n", item.id(), item.state(),
                        item.state() == OutboxItem.State.SENT ? item.location() : item.lastError() == null ? "" : item.lastError());
            }
            out.println(m.get("export.summary", worked.items().size(), worked.waiting()));
            if (!worked.damaged().isEmpty()) {
                spec.commandLine().getErr().println(m.get("export.damaged", worked.damaged().size(),
                        String.join(", ", worked.damaged())));
            }
            if (!worked.swept().audio().isEmpty() || !worked.swept().documents().isEmpty()) {
                out.println(m.get("export.retention", worked.swept().audio().size(), worked.swept().documents().size()));
            }
            if (worked.allFailed()) {
                spec.commandLine().getErr().println(m.get("export.allFailed", worked.attempted().size()));
                return UserErrorHandler.USER_ERROR;
            }
        }
        return 0;
    }
}
