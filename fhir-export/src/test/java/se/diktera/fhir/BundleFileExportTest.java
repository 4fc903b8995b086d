package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.note.NoteId;
import se.diktera.fhir.files.BundleFileExporter;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;

class BundleFileExportTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final FhirValidation VALIDATION = new FhirValidation(FHIR, ForkJoinPool.commonPool());

    @TempDir
    Path dir;

    private BundleFileExporter exporter() {
        return new BundleFileExporter(dir.resolve("export"), new DocumentReferenceMapper(FhirSettings.defaults(null)), VALIDATION, FHIR);
    }

    @Test
    void eachNoteVersionBecomesOneBundleFileThatParsesAndValidates() throws Exception {
        ApprovedNote note = TestNotes.approved("19121212-1212");

        ExportReceipt first = exporter().export(note);
        ExportReceipt again = exporter().export(note);

        assertThat(first.alreadyPresent()).isFalse();
        assertThat(again.alreadyPresent()).isTrue();
        assertThat(again.location()).isEqualTo(first.location());
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(Path.of(first.location())));
        DocumentReference dr = (DocumentReference) bundle.getEntryFirstRep().getResource();
        assertThat(dr.getIdentifierFirstRep().getValue()).isEqualTo(note.note().id() + "/v1");
        Provenance provenance = (Provenance) bundle.getEntry().get(1).getResource();
        assertThat(provenance.getTargetFirstRep().getReference()).isEqualTo(bundle.getEntryFirstRep().getFullUrl());
        assertThat(provenance.getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("author", "verifier", "author", "author");
        assertThat(provenance.getAgent().get(2).getRoleFirstRep().getCodingFirstRep().getCode()).isEqualTo("Artificial-Intelligence");
        assertThat(provenance.getReasonFirstRep().getCodingFirstRep().getCode()).isEqualTo("AIAST");
        assertThat(VALIDATION.errors(bundle)).isEmpty();
        try (var files = Files.list(dir.resolve("export"))) {
            assertThat(files.toList()).hasSize(1);
        }
    }

    @Test
    void aBatchBecomesNdjsonWithOneDocumentReferencePerLine() throws Exception {
        List<ApprovedNote> notes = List.of(TestNotes.approved("19121212-1212"), TestNotes.approved("811228-9874"),
                TestNotes.approved("701063-2391"));

        Path file = exporter().writeNdjson(notes, dir.resolve("batch.ndjson"));

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        for (int i = 0; i < lines.size(); i++) {
            DocumentReference dr = FHIR.newJsonParser().parseResource(DocumentReference.class, lines.get(i));
            assertThat(dr.getIdentifierFirstRep().getValue()).isEqualTo(notes.get(i).note().id() + "/v1");
        }
    }

    @Test
    void aBulkDataExportIsTheNdjsonAndAManifestThatCountsIt() throws Exception {
        List<ApprovedNote> notes = List.of(TestNotes.approved("19121212-1212"), TestNotes.approved("811228-9874"));
        Instant at = Instant.parse("2026-12-02T06:00:00Z");

        Path manifest = exporter().writeBulkData(notes, dir.resolve("bulk"), at, "diktera export --ndjson bulk");

        JsonNode m = new ObjectMapper().readTree(manifest.toFile());
        assertThat(m.path("transactionTime").asText()).isEqualTo("2026-12-02T06:00:00Z");
        assertThat(m.path("requiresAccessToken").asBoolean(true)).isFalse();
        assertThat(m.path("error").isArray()).isTrue();
        JsonNode output = m.path("output").get(0);
        assertThat(output.path("type").asText()).isEqualTo("DocumentReference");
        assertThat(output.path("count").asInt()).isEqualTo(2);
        Path data = Path.of(URI.create(output.path("url").asText()));
        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(FHIR.newJsonParser().parseResource(DocumentReference.class, l)
                .getDocStatus().toCode()).isEqualTo("final"));
        try (var files = Files.list(dir.resolve("bulk"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("DocumentReference.ndjson", "Provenance.ndjson", "manifest.json");
        }
        JsonNode provenances = m.path("output").get(1);
        assertThat(provenances.path("type").asText()).isEqualTo("Provenance");
        assertThat(provenances.path("count").asInt()).isEqualTo(2);
        List<String> documentIds = lines.stream().map(l -> "DocumentReference/" + FHIR.newJsonParser()
                .parseResource(DocumentReference.class, l).getIdElement().getIdPart()).toList();
        assertThat(Files.readAllLines(Path.of(URI.create(provenances.path("url").asText())), StandardCharsets.UTF_8))
                .extracting(l -> FHIR.newJsonParser().parseResource(Provenance.class, l).getTargetFirstRep().getReference())
                .containsExactlyInAnyOrderElementsOf(documentIds);
    }

    @Test
    void anAmendmentMarksTheFileOfTheVersionItReplacesAndAWithdrawalItsOwn() throws Exception {
        NoteId id = NoteId.random();
        Instant at = Instant.parse("2026-12-02T06:00:00Z");
        ApprovedNote v1 = TestNotes.approved("19121212-1212", id, 1, "sv-journal", at);
        ApprovedNote v2 = TestNotes.approved("19121212-1212", id, 2, "sv-journal", at.plusSeconds(3600));
        ApprovedNote other = TestNotes.approved("811228-9874");

        Path first = Path.of(exporter().export(v1).location());
        Path second = Path.of(exporter().export(v2).location());
        Path wrong = Path.of(exporter().export(other).location());
        exporter().export(other.enteredInError());

        assertThat(document(first).getStatus().toCode()).isEqualTo("superseded");
        assertThat(document(second)).satisfies(dr -> {
            assertThat(dr.getStatus().toCode()).isEqualTo("current");
            assertThat(dr.getDocStatus().toCode()).isEqualTo("amended");
            assertThat(dr.getRelatesToFirstRep().getTarget().getIdentifier().getValue()).isEqualTo(id + "/v1");
        });
        assertThat(document(wrong).getStatus().toCode()).isEqualTo("entered-in-error");
        for (Path p : List.of(first, second, wrong)) {
            assertThat(VALIDATION.errors(FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(p)))).isEmpty();
        }
    }

    @Test
    void aBulkExportSaysWhichVersionsAreReplacedOrWithdrawn() throws Exception {
        NoteId id = NoteId.random();
        Instant at = Instant.parse("2026-12-02T06:00:00Z");
        ApprovedNote v1 = TestNotes.approved("19121212-1212", id, 1, "sv-journal", at);
        ApprovedNote v2 = TestNotes.approved("19121212-1212", id, 2, "sv-journal", at.plusSeconds(3600));
        ApprovedNote other = TestNotes.approved("811228-9874");

        Path file = exporter().writeNdjson(List.of(v1, v2, other, other.enteredInError()), dir.resolve("batch.ndjson"));

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .extracting(l -> FHIR.newJsonParser().parseResource(DocumentReference.class, l))
                .extracting(dr -> dr.getIdentifierFirstRep().getValue() + " " + dr.getStatus().toCode() + " " + dr.getDocStatus().toCode())
                .containsExactlyInAnyOrder(id + "/v1 superseded final", id + "/v2 current amended",
                        other.note().id() + "/v1 entered-in-error final");
    }

    private static DocumentReference document(Path bundleFile) throws Exception {
        return (DocumentReference) FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(bundleFile)).getEntryFirstRep()
                .getResource();
    }
}
