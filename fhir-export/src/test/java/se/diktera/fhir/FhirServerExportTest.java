package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.DateClientParam;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.note.NoteId;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirServerExporter;

/** Against a real HAPI FHIR JPA server on 127.0.0.1. */
class FhirServerExportTest {

    static JpaFhirServer server;
    static FhirServerExporter exporter;
    static IGenericClient client;
    static final FhirContext FHIR = FhirContext.forR4Cached();

    @BeforeAll
    static void start() throws Exception {
        server = JpaFhirServer.shared();
        exporter = new FhirServerExporter(FhirSettings.defaults(server.baseUrl()), FHIR,
                new FhirValidation(FHIR, ForkJoinPool.commonPool()));
        client = exporter.client();
    }

    private static Bundle search(String query) {
        return client.search().byUrl(server.baseUrl() + "/" + query).returnBundle(Bundle.class).execute();
    }

    @Test
    void anExportedNoteCanBeReadBackFromTheServer() throws Exception {
        ApprovedNote note = TestNotes.approved("19121212-1212");

        ExportReceipt receipt = exporter.export(note);

        assertThat(receipt.alreadyPresent()).isFalse();
        DocumentReference back = client.read().resource(DocumentReference.class).withUrl(receipt.location()).execute();
        assertThat(back.getIdentifierFirstRep().getValue()).isEqualTo(note.note().id() + "/v1");
        assertThat(back.getSubject().getReference()).startsWith("Patient/");
        Patient patient = client.read().resource(Patient.class).withUrl(back.getSubject().getReference()).execute();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("191212121212");
        assertThat(patient.hasName()).as("Diktera sends no names").isFalse();
    }

    @Test
    void eachVersionArrivesWithItsProvenanceOnceAlsoWhenSentAgain() throws Exception {
        ApprovedNote note = TestNotes.approved("19121212-1212");

        ExportReceipt first = exporter.export(note);
        ExportReceipt again = exporter.export(note);

        assertThat(again.alreadyPresent()).isTrue();
        assertThat(again.location()).isEqualTo(first.location());
        Bundle found = search("Provenance?target=" + first.location());
        assertThat(found.getEntry()).as("one Provenance, not one per attempt").hasSize(1);
        Provenance p = (Provenance) found.getEntryFirstRep().getResource();
        assertThat(p.getAgent()).extracting(a -> a.getType().getCodingFirstRep().getCode())
                .containsExactly("author", "verifier", "author", "author");
        assertThat(p.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(TestNotes.AUTHOR.hsaId().value());
        List<Device> devices = p.getContained().stream().filter(Device.class::isInstance).map(Device.class::cast).toList();
        assertThat(devices).extracting(d -> d.getDeviceNameFirstRep().getName()).containsExactlyElementsOf(note.note().modelIds());
        assertThat(devices).allSatisfy(d -> assertThat(d.getType().getCodingFirstRep().getCode()).isEqualTo("Artificial-Intelligence"));
        // The model that shipped a card carries it, as a Markdown DocumentReference the Device points at.
        Device withCard = devices.get(1);
        DocumentReference card = (DocumentReference) p.getContained().stream().filter(DocumentReference.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(withCard.getExtensionByUrl(se.diktera.fhir.mapping.NoteProvenance.MODEL_CARD_EXTENSION)).isNotNull();
        assertThat(new String(card.getContentFirstRep().getAttachment().getData(), java.nio.charset.StandardCharsets.UTF_8))
                .startsWith("# diktera-sections-sv");
        assertThat(devices.get(0).getNoteFirstRep().getText()).contains("No model card");
        assertThat(p.getEntity()).extracting(Provenance.ProvenanceEntityComponent::getRole)
                .containsExactly(Provenance.ProvenanceEntityRole.DERIVATION, Provenance.ProvenanceEntityRole.SOURCE);
    }

    @Test
    void integratorsFindNotesByPatientTypeStatusAndDate() throws Exception {
        ApprovedNote a = TestNotes.approved("20080903-2386");
        ApprovedNote b = TestNotes.approved("20080903-2386", NoteId.random(), 1, "en-hp", Instant.parse("2026-10-01T09:00:00Z"));
        exporter.export(a);
        exporter.export(b);
        String patient = "patient.identifier=urn:oid:1.2.752.129.2.1.3.1|200809032386";

        assertThat(search("DocumentReference?" + patient).getTotal()).isEqualTo(2);
        assertThat(search("DocumentReference?" + patient + "&type=http://loinc.org|34117-2").getTotal()).isEqualTo(1);
        assertThat(search("DocumentReference?" + patient + "&status=current").getTotal()).isEqualTo(2);
        assertThat(search("DocumentReference?" + patient + "&date=ge2026-11-01").getTotal()).isEqualTo(1);
        Bundle typed = client.search().forResource(DocumentReference.class)
                .where(new TokenClientParam("patient.identifier").exactly().systemAndCode("urn:oid:1.2.752.129.2.1.3.1", "200809032386"))
                .and(new DateClientParam("date").before().day("2026-10-31")).returnBundle(Bundle.class).execute();
        assertThat(typed.getEntry()).hasSize(1);
    }

    @Test
    void sendingTheSameNoteVersionTwiceLeavesOneResource() throws Exception {
        ApprovedNote note = TestNotes.approved("811228-9874");

        ExportReceipt first = exporter.export(note);
        ExportReceipt second = exporter.export(note);

        assertThat(first.alreadyPresent()).isFalse();
        assertThat(second.alreadyPresent()).isTrue();
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(search("DocumentReference?identifier=" + FhirSettings.NOTE_VERSION_SYSTEM + "|" + note.note().id() + "/v1").getTotal())
                .isEqualTo(1);
    }

    @Test
    void aCorrectionReplacesThePreviousVersionWhichBecomesSuperseded() throws Exception {
        NoteId id = NoteId.random();
        Instant at = Instant.parse("2026-11-23T09:00:00Z");
        ExportReceipt v1 = exporter.export(TestNotes.approved("000101-1238", id, 1, "sv-journal", at));
        ExportReceipt v2 = exporter.export(TestNotes.approved("000101-1238", id, 2, "sv-journal", at.plusSeconds(3600)));

        DocumentReference old = client.read().resource(DocumentReference.class).withUrl(v1.location()).execute();
        DocumentReference current = client.read().resource(DocumentReference.class).withUrl(v2.location()).execute();
        assertThat(old.getStatus().toCode()).isEqualTo("superseded");
        assertThat(current.getStatus().toCode()).isEqualTo("current");
        assertThat(current.getRelatesToFirstRep().getCode().toCode()).isEqualTo("replaces");
        assertThat(current.getRelatesToFirstRep().getTarget().getIdentifier().getValue()).isEqualTo(id + "/v1");
        assertThat(search("DocumentReference?patient.identifier=urn:oid:1.2.752.129.2.1.3.1|200001011238&status=current").getTotal())
                .isEqualTo(1);
    }

    @Test
    void aWithdrawnVersionBecomesEnteredInErrorOnTheServerAndOneNeverSentIsNothingToTell() throws Exception {
        ApprovedNote note = TestNotes.approved("000101-1238");
        ExportReceipt sent = exporter.export(note);

        ExportReceipt withdrawn = exporter.export(note.enteredInError());
        ExportReceipt again = exporter.export(note.enteredInError());
        ExportReceipt neverSent = exporter.export(TestNotes.approved("000101-1238").enteredInError());

        assertThat(withdrawn.location()).isEqualTo(sent.location());
        assertThat(again.location()).isEqualTo(sent.location());
        assertThat(client.read().resource(DocumentReference.class).withUrl(sent.location()).execute().getStatus().toCode())
                .isEqualTo("entered-in-error");
        assertThat(neverSent.alreadyPresent()).isTrue();
        assertThat(neverSent.location()).startsWith("not on ");
    }

    @Test
    void aWrongServerPathIsA4xxWithTheServersReasonAndNotRetried() {
        FhirServerExporter wrong = new FhirServerExporter(FhirSettings.defaults(URI.create(server.baseUrl() + "/Unknown")),
                FHIR, new FhirValidation(FHIR, ForkJoinPool.commonPool()));

        assertThatThrownBy(() -> wrong.export(TestNotes.approved("121212-1212")))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).containsPattern("answered 4\\d\\d").contains("error");
                });
    }
}
