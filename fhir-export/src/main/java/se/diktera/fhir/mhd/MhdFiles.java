package se.diktera.fhir.mhd;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.problem.Problem;
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

    /** Writes the bundles; returns the files written. */
    public List<Path> write(List<ApprovedNote> notes, Path dir, Instant submittedAt) throws ExportException {
        List<ApprovedNote> versions = notes.stream().filter(n -> n.note().state() != NoteState.ENTERED_IN_ERROR).toList();
        List<Bundle> bundles = new ArrayList<>();
        for (ApprovedNote n : versions) {
            Bundle b = mhd.of(n, submittedAt, mhd.patientByIdentifier(n));
            List<String> errors = validation.errors(ProvideDocumentBundle.withoutProfileClaims(b));
            if (!errors.isEmpty()) {
                throw new ExportException(Problem.NOTE_INVALID, "The MHD bundle of " + n.note().id() + " v" + n.note().version()
                        + " is not valid FHIR: " + String.join("; ", errors), false, null);
            }
            bundles.add(b);
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < bundles.size(); i++) {
                ApprovedNote n = versions.get(i);
                Path file = dir.resolve(n.note().id() + "-v" + n.note().version() + "-iti65.json");
                Path temp = Files.createTempFile(dir, ".iti65", ".tmp");
                Files.writeString(temp, fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundles.get(i)), StandardCharsets.UTF_8);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(file);
            }
        } catch (IOException e) {
            throw new ExportException(Problem.EXPORT_FOLDER_UNWRITABLE, "The folder " + dir + " cannot be written: " + e.getMessage(), true, e);
        }
        return written;
    }
}
