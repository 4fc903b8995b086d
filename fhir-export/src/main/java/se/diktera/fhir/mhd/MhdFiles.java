package se.diktera.fhir.mhd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.AtomicFiles;
import se.diktera.fhir.NoteVersions;
import se.diktera.fhir.mapping.FhirValidation;

/**
 * ITI-65 Provide Document Bundles as files, one per note version ({@code <note>-v<n>-iti65.json}),
 * for a registry's own import: each validated first (an invalid one stops the export before
 * anything is written), written atomically. A withdrawn version is left out: MHD Minimal has no
 * way to say it, and a registry is told by its own metadata update.
 */
public final class MhdFiles {

    private final ProvideDocumentBundle mhd;
    private final FhirValidation validation;
    private final FhirContext fhir;

    public MhdFiles(ProvideDocumentBundle mhd, FhirValidation validation, FhirContext fhir) {
        this.mhd = mhd;
        this.validation = validation;
        this.fhir = fhir;
    }

    /** A note version and the file its bundle was written to. */
    public record Written(ApprovedNote note, Path file) {
    }

    /** Writes the bundles of the versions not withdrawn ({@link NoteVersions#notWithdrawn}); returns what was written where. */
    public List<Written> write(List<ApprovedNote> notes, Path dir, Instant submittedAt) throws ExportException {
        List<ApprovedNote> versions = NoteVersions.notWithdrawn(notes);
        List<Bundle> bundles = new ArrayList<>();
        for (ApprovedNote n : versions) {
            bundles.add(ProvideDocumentBundle.checked(mhd.of(n, submittedAt, mhd.patientByIdentifier(n)), n, validation));
        }
        List<Written> written = new ArrayList<>();
        try {
            for (int i = 0; i < bundles.size(); i++) {
                ApprovedNote n = versions.get(i);
                Path file = dir.resolve(n.note().id() + "-v" + n.note().version() + "-iti65.json");
                AtomicFiles.write(file, fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundles.get(i))
                        .getBytes(StandardCharsets.UTF_8));
                written.add(new Written(n, file));
            }
        } catch (IOException e) {
            throw new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The folder " + dir + " cannot be written: " + e.getMessage(), true, e);
        }
        return written;
    }
}
