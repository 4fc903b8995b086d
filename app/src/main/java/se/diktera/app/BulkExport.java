package se.diktera.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import se.diktera.app.settings.ClientSettings;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.StoreSession;
import se.diktera.fhir.FhirExporters;

/**
 * Every approved note version the device holds (its outbox, sent or not) as a FHIR Bulk Data
 * export in a folder: {@code DocumentReference.ndjson} and {@code manifest.json}. Each note handed
 * over this way is audited, as any export is; the outbox itself is left as it is.
 */
public final class BulkExport {

    private final AppContext context;

    public BulkExport(AppContext context) {
        this.context = context;
    }

    /** What was written: the manifest and how many notes. */
    public record Written(Path manifest, int notes) {
    }

    public Written write(StoreSession session, ClientSettings settings, Path dir, String request)
            throws IOException, DocumentFormatException, ExportException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.EXPORT, null);
        List<ApprovedNote> notes = new Outbox(session.documents(), session.audit(), NoDestination.EXPORTER, "ndjson",
                context.clock(), session.user().hsaId().value()).items().stream().map(OutboxItem::note).toList();
        Path manifest = new FhirExporters(ForkJoinPool.commonPool()).files(dir, settings.fhir(null, null).withDocumentTypes(TemplateChoices.documentTypes(context)))
                .writeBulkData(notes, dir, context.clock().instant(), request);
        NoteAudit audit = new NoteAudit(session, context.clock());
        for (ApprovedNote n : notes) {
            audit.record(AuditAction.EXPORT, n.note().id().toString(), n.note().version(), Map.of("destination", "ndjson"));
        }
        return new Written(manifest, notes.size());
    }
}
