package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.ListResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.mhd.MhdFiles;
import se.diktera.fhir.mhd.ProvideDocumentBundle;
import se.diktera.fhir.server.FhirServerExporter;

/** IHE MHD ITI-65 Provide Document Bundles: their shape, as files, and sent to the real HAPI JPA server. */
class MhdProvideBundleTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final FhirValidation VALIDATION = new FhirValidation(FHIR, ForkJoinPool.commonPool());
    static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path dir;

    final FhirSettings settings = FhirSettings.defaults(null).withCustodian("SE2321000016-ABCD", "Hemsjukvården Östersund");
    final ProvideDocumentBundle mhd = new ProvideDocumentBundle(settings);

    @Test
    void aNoteIsASubmissionSetADocumentReferenceAndABinaryInOneTransaction() throws Exception {
        ApprovedNote note = TestNotes.approved("19121212-1212");
        Bundle bundle = mhd.of(note, AT, mhd.patientByIdentifier(note));

        assertThat(VALIDATION.errors(ProvideDocumentBundle.withoutProfileClaims(bundle))).isEmpty();
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(bundle.getMeta().getProfile().get(0).getValue()).isEqualTo(ProvideDocumentBundle.BUNDLE_PROFILE);
        assertThat(bundle.getEntry()).extracting(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
                .containsExactly("POST List", "POST DocumentReference", "POST Binary");
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
        ListResource submission = (ListResource) bundle.getEntry().get(0).getResource();
        DocumentReference dr = (DocumentReference) bundle.getEntry().get(1).getResource();
        Binary binary = (Binary) bundle.getEntry().get(2).getResource();
        assertThat(submission.getCode().getCodingFirstRep().getCode()).isEqualTo("submissionset");
        assertThat(submission.getExtensionByUrl(ProvideDocumentBundle.SOURCE_ID).getValue().toString()).isNotEmpty();
        assertThat(submission.getEntryFirstRep().getItem().getReference()).isEqualTo(bundle.getEntry().get(1).getFullUrl());
        assertThat(submission.getIdentifier()).extracting(i -> i.getUse().toCode() + " " + i.getType().getCodingFirstRep().getCode())
                .containsExactly("usual uniqueId", "official entryUUID");
        assertThat(submission.getIdentifierFirstRep().getValue()).as("a SubmissionSet's uniqueId is an OID").matches("urn:oid:2\\.25\\.\\d+");
        assertThat(((org.hl7.fhir.r4.model.Identifier) submission.getExtensionByUrl(ProvideDocumentBundle.SOURCE_ID).getValue())
                .getValue()).startsWith("urn:oid:");
        assertThat(dr.getMasterIdentifier().getValue()).startsWith("urn:uuid:");
        assertThat(dr.hasDocStatus()).as("MHD Minimal has no docStatus").isFalse();
        assertThat(dr.getContent()).hasSize(1);
        assertThat(dr.getContentFirstRep().getAttachment().hasData()).isFalse();
        assertThat(dr.getIdentifier()).extracting(i -> i.getValue()).contains(note.note().id() + "/v1");
        var attachment = dr.getContentFirstRep().getAttachment();
        assertThat(attachment.getUrl()).isEqualTo(bundle.getEntry().get(2).getFullUrl());
        assertThat(attachment.getSize()).isEqualTo(binary.getData().length);
        assertThat(attachment.getHash()).isEqualTo(MessageDigest.getInstance("SHA-1").digest(binary.getData()));
        assertThat(new String(binary.getData(), java.nio.charset.StandardCharsets.UTF_8)).contains("Feber sedan 3 dagar.");
        assertThat(mhd.of(note, AT, mhd.patientByIdentifier(note)).getEntry().get(1).getFullUrl())
                .as("the same document on a resend").isEqualTo(bundle.getEntry().get(1).getFullUrl());
    }

    @Test
    void bundlesAreWrittenOnePerVersionAndAWithdrawnOneIsLeftOut() throws Exception {
        ApprovedNote kept = TestNotes.approved("19121212-1212");
        ApprovedNote withdrawn = TestNotes.approved("811228-9874").enteredInError();

        List<Path> files = new FhirExporters(ForkJoinPool.commonPool()).mhdFiles(settings).write(List.of(kept, withdrawn), dir, AT)
                .stream().map(MhdFiles.Written::file).toList();

        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.getFileName().toString()).isEqualTo(kept.note().id() + "-v1-iti65.json");
            assertThat(VALIDATION.errors(ProvideDocumentBundle.withoutProfileClaims(
                    FHIR.newJsonParser().parseResource(Bundle.class, Files.readString(f))))).isEmpty();
        });
    }

    @Test
    void theRealServerStoresTheSubmissionAndTheDocumentPointsAtItsContent() throws Exception {
        JpaFhirServer server = JpaFhirServer.shared();
        FhirSettings toServer = FhirSettings.defaults(server.baseUrl()).withCustodian("SE2321000016-ABCD", "Hemsjukvården Östersund");
        FhirServerExporter exporter = new FhirExporters(ForkJoinPool.commonPool()).server(toServer);
        ApprovedNote note = TestNotes.approved("20080903-2386");

        ExportReceipt receipt = exporter.provide(note, new ProvideDocumentBundle(toServer), AT);

        IGenericClient client = exporter.client();
        DocumentReference dr = client.read().resource(DocumentReference.class).withUrl(receipt.location()).execute();
        assertThat(dr.getSubject().getReference()).startsWith("Patient/");
        Bundle lists = client.search().byUrl("List?code=" + ProvideDocumentBundle.LIST_TYPES + "|submissionset&item=" + receipt.location())
                .returnBundle(Bundle.class).execute();
        assertThat(lists.getEntry()).hasSize(1);
        String content = dr.getContentFirstRep().getAttachment().getUrl();
        assertThat(content).as("the placeholder became the stored Binary").contains("Binary/");
        Binary binary = client.read().resource(Binary.class).withUrl(content.substring(content.indexOf("Binary/"))).execute();
        assertThat(binary.getData()).hasSize(dr.getContentFirstRep().getAttachment().getSize());
    }
}
