package se.diktera.fhir.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Provenance;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.AtomicFiles;
import se.diktera.fhir.NoteVersions;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;

/**
 * For sites without a reachable server: each note version as a FHIR Bundle (JSON) file named by
 * its business identifier, with its Provenance, written atomically; a version already written is not written again.
 * An amendment marks the file of the version it replaces {@code superseded}; a withdrawal marks its
 * version's file {@code entered-in-error}. {@link #writeBulkData} writes a batch as FHIR Bulk Data.
 *
 * <p>Thread-safe as long as two exports do not write the same folder.
 */
public final class BundleFileExporter implements NoteExporter {

    private final Path directory;
    private final DocumentReferenceMapper mapper;
    private final FhirValidation validation;
    private final FhirContext fhir;

    public BundleFileExporter(Path directory, DocumentReferenceMapper mapper, FhirValidation validation, FhirContext fhir) {
        this.directory = directory;
        this.mapper = mapper;
        this.validation = validation;
        this.fhir = fhir;
    }

    @Override
    public ExportReceipt export(ApprovedNote note) throws ExportException {
        DocumentReference dr = validated(note);
        Path file = fileOf(note.note().id().toString(), note.note().version());
        if (note.note().state() == NoteState.ENTERED_IN_ERROR && Files.exists(file)) {
            // The version's file is marked where it lies, so a receiver that reads it again learns it.
            restatus(file, DocumentReferenceStatus.ENTEREDINERROR);
            return new ExportReceipt(file.toString(), false);
        }
        if (Files.exists(file)) {
            return new ExportReceipt(file.toString(), true);
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(dr.getIdentifierFirstRep().copy());
        bundle.addEntry().setFullUrl("urn:uuid:" + note.note().id()).setResource(dr);
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(("provenance " + dr.getIdentifierFirstRep().getValue())
                .getBytes(StandardCharsets.UTF_8))).setResource(validatedProvenance(note, "urn:uuid:" + note.note().id()));
        writeAtomically(file, fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
        Path previous = fileOf(note.note().id().toString(), note.note().version() - 1);
        if (note.note().version() > 1 && Files.exists(previous)) {
            restatus(previous, DocumentReferenceStatus.SUPERSEDED);
        }
        return new ExportReceipt(file.toString(), false);
    }

    private Path fileOf(String noteId, int version) {
        return directory.resolve(noteId + "-v" + version + ".json");
    }

    /** Sets the status of the DocumentReference in a bundle file this exporter wrote; an entered-in-error one stays so. */
    private void restatus(Path file, DocumentReferenceStatus status) throws ExportException {
        try {
            Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, Files.readString(file, StandardCharsets.UTF_8));
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                if (e.getResource() instanceof DocumentReference old && old.getStatus() != DocumentReferenceStatus.ENTEREDINERROR) {
                    old.setStatus(status);
                }
            }
            writeAtomically(file, fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle));
        } catch (IOException e) {
            throw unwritable(file, e);
        } catch (DataFormatException e) {
            throw new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The earlier export " + file + " is not a FHIR Bundle any more ("
                    + e.getMessage() + "); it was left as it is", false, e);
        }
    }

    private void writeAtomically(Path file, String content) throws ExportException {
        try {
            AtomicFiles.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unwritable(file.getParent(), e);
        }
    }

    private static ExportException unwritable(Path where, IOException e) {
        return new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The export folder " + where + " cannot be written: " + e.getMessage(), true, e);
    }

    /**
     * A batch as NDJSON, one DocumentReference per line: each version once, a version withdrawn as
     * {@code entered-in-error}, a version a later one in the batch replaces as {@code superseded}.
     */
    public Path writeNdjson(List<ApprovedNote> notes, Path file) throws ExportException {
        List<DocumentReference> resources = new ArrayList<>();
        for (Version v : asHandedOver(notes)) {
            resources.add(bulkResource(v));
        }
        return writeLines(resources, file);
    }

    /**
     * The notes as a FHIR Bulk Data export in {@code dir}: {@code DocumentReference.ndjson} (as
     * {@link #writeNdjson}), {@code Provenance.ndjson} (one per version, pointing at its note) and the
     * {@code manifest.json} a Bulk Data client reads (transactionTime, request, output with type,
     * url and count, error), all written atomically, the manifest last. Every note is validated
     * first: an invalid one stops the export before anything is written.
     *
     * @param request what was asked for, for the manifest (e.g. the command line)
     */
    public Path writeBulkData(List<ApprovedNote> notes, Path dir, Instant transactionTime, String request) throws ExportException {
        List<DocumentReference> documents = new ArrayList<>();
        List<Provenance> provenances = new ArrayList<>();
        for (Version v : asHandedOver(notes)) {
            DocumentReference dr = bulkResource(v);
            documents.add(dr);
            provenances.add(validatedProvenance(v.note(), "DocumentReference/" + dr.getIdPart()));
        }
        try {
            Files.createDirectories(dir);
            ObjectMapper json = new DikteraJson().mapper();
            ObjectNode manifest = json.createObjectNode();
            manifest.put("transactionTime", transactionTime.toString());
            manifest.put("request", request);
            manifest.put("requiresAccessToken", false);
            var output = manifest.putArray("output");
            for (List<? extends DomainResource> resources : List.of(documents, provenances)) {
                if (resources.isEmpty()) {
                    continue;
                }
                String type = resources.get(0).fhirType();
                Path data = dir.resolve(type + ".ndjson");
                Path temp = writeLines(resources, Files.createTempFile(dir, "." + type, ".tmp"));
                Files.move(temp, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                ObjectNode o = output.addObject();
                o.put("type", type);
                o.put("url", data.toUri().toString());
                o.put("count", resources.size());
            }
            manifest.putArray("error");
            Path file = dir.resolve("manifest.json");
            Path tempManifest = Files.createTempFile(dir, ".manifest", ".tmp");
            Files.write(tempManifest, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            Files.move(tempManifest, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The folder " + dir + " cannot be written: " + e.getMessage(), true, e);
        }
    }

    /** A note version in a batch, and whether a later version in the batch replaces it. */
    private record Version(ApprovedNote note, boolean replaced) {
    }

    /** Each note version once, as it now stands, oldest first, and whether a later version in the batch replaces it. */
    private static List<Version> asHandedOver(List<ApprovedNote> notes) {
        Map<String, Integer> latest = new HashMap<>();
        notes.forEach(n -> latest.merge(n.note().id().toString(), n.note().version(), Math::max));
        return NoteVersions.asTheyStand(notes).stream()
                .map(n -> new Version(n, n.note().version() < latest.get(n.note().id().toString()))).toList();
    }

    /** A note version as a resource of a bulk file: validated, with an id of its own (the same on every export). */
    private DocumentReference bulkResource(Version v) throws ExportException {
        DocumentReference dr = validated(v.note());
        dr.setId(UUID.nameUUIDFromBytes(dr.getIdentifierFirstRep().getValue().getBytes(StandardCharsets.UTF_8)).toString());
        if (v.replaced() && dr.getStatus() != DocumentReferenceStatus.ENTEREDINERROR) {
            dr.setStatus(DocumentReferenceStatus.SUPERSEDED);
        }
        return dr;
    }

    private Path writeLines(List<? extends DomainResource> resources, Path file) throws ExportException {
        IParser parser = fhir.newJsonParser().setPrettyPrint(false);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (DomainResource r : resources) {
                w.write(parser.encodeResourceToString(r));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The file " + file + " cannot be written: " + e.getMessage(), true, e);
        }
        return file;
    }

    private Provenance validatedProvenance(ApprovedNote note, String target) throws ExportException {
        Provenance p = mapper.provenance().of(note, target);
        List<String> errors = validation.errors(p);
        if (!errors.isEmpty()) {
            throw new ExportException(Problem.NOTE_INVALID, "The note's Provenance is not valid FHIR: " + String.join("; ", errors), false, null);
        }
        return p;
    }

    private DocumentReference validated(ApprovedNote note) throws ExportException {
        DocumentReference dr = mapper.map(note);
        List<String> errors = validation.errors(dr);
        if (!errors.isEmpty()) {
            throw new ExportException(Problem.NOTE_INVALID, "The note is not a valid FHIR DocumentReference: " + String.join("; ", errors), false, null);
        }
        return dr;
    }
}
