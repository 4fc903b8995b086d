package se.diktera.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import se.diktera.app.settings.ClientSettings;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.StoreSession;
import se.diktera.fhir.FhirExporters;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.NoteVersions;
import se.diktera.fhir.mhd.MhdFiles;
import se.diktera.fhir.mhd.ProvideDocumentBundle;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * Every approved note version the device holds (withdrawn ones left out) as IHE MHD ITI-65
 * Provide Document Bundles, for registries that speak MHD: written to a folder, or sent to a
 * server, one transaction per version. Each note handed over is audited as an export; the
 * outbox itself is left as it is.
 */
public final class MhdExport {

    private final AppContext context;

    public MhdExport(AppContext context) {
        this.context = context;
    }

    /** Where each note went: a file or the server's DocumentReference. */
    public record Handed(List<String> locations) {
    }

    /** @param to a folder, or an http(s) URL of an MHD Document Recipient */
    public Handed provide(StoreSession session, ClientSettings settings, String to) throws IOException, ExportException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.EXPORT, null);
        List<ApprovedNote> notes = new Outbox(session.documents(), session.audit(), NoDestination.EXPORTER, "mhd",
                context.clock(), session.user().hsaId().value()).items().stream().map(OutboxItem::note).toList();
        FhirExporters exporters = new FhirExporters(ForkJoinPool.commonPool());
        List<String> locations = new ArrayList<>();
        NoteAudit audit = new NoteAudit(session, context.clock());
        boolean server = to.startsWith("https://") || to.startsWith("http://");
        if (server) {
            FhirSettings fhir = settings.fhir(URI.create(to), System.getenv(ClientSettings.TOKEN_VARIABLE))
                    .withDocumentTypes(TemplateChoices.documentTypes(context));
            FhirServerExporter exporter = exporters.server(fhir);
            ProvideDocumentBundle mhd = new ProvideDocumentBundle(fhir);
            for (ApprovedNote n : NoteVersions.notWithdrawn(notes)) {
                String at = exporter.provide(n, mhd, context.clock().instant()).location();
                locations.add(at);
                audit.record(AuditAction.EXPORT, n.note().id().toString(), n.note().version(), Map.of("destination", "mhd", "location", at));
            }
        } else {
            FhirSettings fhir = settings.fhir(null, null).withDocumentTypes(TemplateChoices.documentTypes(context));
            for (MhdFiles.Written w : exporters.mhdFiles(fhir).write(notes, Path.of(to), context.clock().instant())) {
                locations.add(w.file().toString());
                audit.record(AuditAction.EXPORT, w.note().note().id().toString(), w.note().note().version(),
                        Map.of("destination", "mhd-file"));
            }
        }
        return new Handed(locations);
    }
}
