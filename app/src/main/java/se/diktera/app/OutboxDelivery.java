package se.diktera.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import se.diktera.app.settings.ClientSettings;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.RetentionPolicy;
import se.diktera.core.store.RetentionSweeper;
import se.diktera.core.store.StoreSession;
import se.diktera.fhir.FhirExporters;

/**
 * Working the outbox, the same way from the command line and the client: retry what was asked,
 * send what is due to the destination (a FHIR server, else a folder, else nowhere: the notes
 * wait), then apply retention, since retention counts from export.
 */
public final class OutboxDelivery {

    /** Where notes go: a server, a folder, or neither. */
    public record Destination(URI server, Path folder) {

        public static Destination of(ClientSettings settings) {
            return new Destination(settings.fhirServer(), settings.exportFolder());
        }

        public boolean none() {
            return server == null && folder == null;
        }

        /** For the audit trail: the server's host, "files" or "none"; never a path or a token. */
        String label() {
            return server != null ? server.getHost() : folder != null ? "files" : "none";
        }
    }

    /**
     * What one round did: every item after it, how many wait, what was tried now, the items whose
     * files cannot be read, and what the retention sweep removed.
     */
    public record Worked(List<OutboxItem> items, long waiting, List<OutboxItem> attempted, List<String> damaged,
            RetentionSweeper.Swept swept) {

        /** Whether something was tried and nothing of it arrived. */
        public boolean allFailed() {
            return !attempted.isEmpty() && attempted.stream().noneMatch(i -> i.state() == OutboxItem.State.SENT);
        }
    }

    private final AppContext context;

    public OutboxDelivery(AppContext context) {
        this.context = context;
    }

    public Worked work(StoreSession session, ClientSettings settings, Destination destination, RetentionPolicy retention,
            List<String> retry) throws IOException, DocumentFormatException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.EXPORT, null);
        Outbox outbox = new Outbox(session.documents(), session.audit(), exporter(settings, destination), destination.label(),
                context.clock(), session.user().hsaId().value());
        for (String id : retry) {
            outbox.retry(id);
        }
        List<OutboxItem> attempted = destination.none() ? List.of() : outbox.sendDue();
        List<OutboxItem> items = outbox.items();
        long waiting = items.stream().filter(i -> i.state() != OutboxItem.State.SENT).count();
        RetentionSweeper.Swept swept = new RetentionSweeper(session, retention, context.clock()).sweep();
        return new Worked(items, waiting, attempted, outbox.damaged(), swept);
    }

    private NoteExporter exporter(ClientSettings settings, Destination destination) {
        if (destination.none()) {
            return NoDestination.EXPORTER;
        }
        Map<String, String> types = TemplateChoices.documentTypes(context);
        FhirExporters exporters = new FhirExporters(ForkJoinPool.commonPool());
        if (destination.server() != null) {
            return exporters.server(settings.fhir(destination.server(), System.getenv(ClientSettings.TOKEN_VARIABLE))
                    .withDocumentTypes(types));
        }
        return exporters.files(destination.folder(), settings.fhir(null, null).withDocumentTypes(types));
    }
}
