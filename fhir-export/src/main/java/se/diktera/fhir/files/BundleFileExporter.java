package se.diktera.fhir.files;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.problem.Problem;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;

/**
 * For sites without a reachable server: each note version as a FHIR Bundle (JSON) file named by
 * its business identifier, with its Provenance, written atomically; a version already written is not written again.
 * {@link #writeNdjson} writes a batch as NDJSON, one DocumentReference per line.
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
        Path file = directory.resolve(note.note().id() + "-v" + note.note().version() + ".json");
        if (Files.exists(file)) {
            return new ExportReceipt(file.toString(), true);
        }
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setIdentifier(dr.getIdentifierFirstRep().copy());
        bundle.addEntry().setFullUrl("urn:uuid:" + note.note().id()).setResource(dr);
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.nameUUIDFromBytes(("provenance " + dr.getIdentifierFirstRep().getValue())
                .getBytes(StandardCharsets.UTF_8))).setResource(validatedProvenance(note, "urn:uuid:" + note.note().id()));
        try {
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, ".bundle", ".tmp");
            Files.writeString(temp, fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The export folder " + directory + " cannot be written: " + e.getMessage(), true, e);
        }
        return new ExportReceipt(file.toString(), false);
    }

    /** A batch as NDJSON (one DocumentReference per line), for bulk hand-over. */
    public Path writeNdjson(List<ApprovedNote> notes, Path file) throws ExportException {
        IParser parser = fhir.newJsonParser().setPrettyPrint(false);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ApprovedNote n : notes) {
                w.write(parser.encodeResourceToString(validated(n)));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The file " + file + " cannot be written: " + e.getMessage(), true, e);
        }
        return file;
    }

    /**
     * The notes as a FHIR Bulk Data export in {@code dir}: {@code DocumentReference.ndjson} and the
     * {@code manifest.json} a Bulk Data client reads (transactionTime, request, output with type,
     * url and count, error), both written atomically, the manifest last. Every note is validated
     * first: an invalid one stops the export before anything is written.
     *
     * @param request what was asked for, for the manifest (e.g. the command line)
     */
    public Path writeBulkData(List<ApprovedNote> notes, Path dir, Instant transactionTime, String request) throws ExportException {
        for (ApprovedNote n : notes) {
            validated(n);
        }
        try {
            Files.createDirectories(dir);
            Path data = dir.resolve("DocumentReference.ndjson");
            Path temp = writeNdjson(notes, Files.createTempFile(dir, ".DocumentReference", ".tmp"));
            Files.move(temp, data, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            ObjectMapper json = new DikteraJson().mapper();
            ObjectNode manifest = json.createObjectNode();
            manifest.put("transactionTime", transactionTime.toString());
            manifest.put("request", request);
            manifest.put("requiresAccessToken", false);
            ObjectNode output = manifest.putArray("output").addObject();
            output.put("type", "DocumentReference");
            output.put("url", data.toUri().toString());
            output.put("count", notes.size());
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
