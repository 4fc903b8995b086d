package se.diktera.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.Messages;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.RetentionPolicy;
import se.diktera.core.store.RetentionSweeper;
import se.diktera.core.store.StoreSession;
import se.diktera.fhir.FhirExporters;
import se.diktera.fhir.FhirSettings;

/** {@code diktera export}: sends the outbox's due notes to the FHIR server or to files, and shows its state. */
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
    }

    @ArgGroup(exclusive = true)
    Destination destination;

    @Option(names = "--retry", paramLabel = "ITEM", descriptionKey = "cli.export.retry")
    List<String> retry;

    @Option(names = "--keep-audio", paramLabel = "DURATION", defaultValue = "PT0S", descriptionKey = "cli.export.keepAudio")
    java.time.Duration keepAudio;

    @Option(names = "--keep-notes", paramLabel = "DURATION", defaultValue = "P90D", descriptionKey = "cli.export.keepNotes")
    java.time.Duration keepNotes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Messages m = parent.messages();
        try (StoreSession session = parent.context().vault().unlock(user, parent.readPassphrase(m.get("users.passphrase", user)))) {
            AccessPolicy.require(session.user(), AccessPolicy.Permission.EXPORT, null);
            NoteExporter exporter = exporter();
            String where = destination == null ? "none" : destination.server != null ? destination.server.getHost() : "files";
            Outbox outbox = new Outbox(session.documents(), session.audit(), exporter, where, parent.context().clock(),
                    session.user().hsaId().value());
            if (retry != null) {
                for (String id : retry) {
                    outbox.retry(id);
                }
            }
            if (destination != null) {
                outbox.sendDue();
            }
            List<OutboxItem> items = outbox.items();
            for (OutboxItem item : items) {
                out.printf("  %-44s %-7s %s%n", item.id(), item.state(),
                        item.state() == OutboxItem.State.SENT ? item.location() : item.lastError() == null ? "" : item.lastError());
            }
            long waiting = items.stream().filter(i -> i.state() != OutboxItem.State.SENT).count();
            out.println(m.get("export.summary", items.size(), waiting));
            // Retention counts from export: what is due now goes, audited, every time the outbox is worked.
            RetentionSweeper.Swept swept = new RetentionSweeper(session, new RetentionPolicy(keepAudio, keepNotes),
                    parent.context().clock()).sweep();
            if (!swept.audio().isEmpty() || !swept.documents().isEmpty()) {
                out.println(m.get("export.retention", swept.audio().size(), swept.documents().size()));
            }
        }
        return 0;
    }

    private NoteExporter exporter() {
        if (destination == null) {
            return note -> {
                throw new se.diktera.core.engine.ExportException("no destination given", true, null);
            };
        }
        FhirExporters exporters = new FhirExporters(ForkJoinPool.commonPool());
        if (destination.server != null) {
            return exporters.server(FhirSettings.defaults(destination.server).withBearerToken(System.getenv("DIKTERA_FHIR_TOKEN")));
        }
        return exporters.files(destination.folder, FhirSettings.defaults(null));
    }
}
