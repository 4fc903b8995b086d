package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import se.diktera.core.note.NoteId;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;

class DocumentReferenceMappingTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final FhirValidation VALIDATION = new FhirValidation(FHIR, ForkJoinPool.commonPool());
    final DocumentReferenceMapper mapper = new DocumentReferenceMapper(
            FhirSettings.defaults(URI.create("https://fhir.example.se/fhir")).withCustodian("SE2321000016-ABCD", "Hemsjukvården Östersund"));

    @Test
    void anApprovedNoteBecomesAValidUsCoreShapedDocumentReference() {
        DocumentReference dr = mapper.map(TestNotes.approved("19121212-1212"));

        assertThat(VALIDATION.errors(dr)).isEmpty();
        assertThat(dr.getStatus().toCode()).isEqualTo("current");
        assertThat(dr.getDocStatus().toCode()).isEqualTo("final");
        assertThat(dr.getType().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(dr.getType().getCodingFirstRep().getCode()).isEqualTo("11506-3");
        assertThat(dr.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("clinical-note");
        assertThat(dr.getSubject().getIdentifier().getSystem()).isEqualTo("urn:oid:1.2.752.129.2.1.3.1");
        assertThat(dr.getSubject().getIdentifier().getValue()).isEqualTo("191212121212");
        assertThat(dr.getAuthorFirstRep().getIdentifier().getSystem()).isEqualTo("urn:oid:1.2.752.129.2.1.4.1");
        assertThat(dr.getAuthenticator().getIdentifier().getValue()).isEqualTo("SE2321000016-0002");
        assertThat(dr.getCustodian().getIdentifier().getValue()).isEqualTo("SE2321000016-ABCD");
        assertThat(dr.getMeta().getSecurity()).extracting(c -> c.getSystem() + "|" + c.getCode())
                .containsExactly("http://terminology.hl7.org/CodeSystem/v3-ObservationValue|AIAST");
        assertThat(dr.getExtensionsByUrl(DocumentReferenceMapper.AI_MODELS_EXTENSION)).hasSize(2);
        assertThat(dr.getContext().getPeriod().hasStart()).isTrue();
        assertThat(dr.getContent()).extracting(c -> c.getAttachment().getContentType())
                .containsExactly("text/plain; charset=utf-8", "text/markdown; charset=utf-8");
        assertThat(new String(dr.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8))
                .contains("Aktuellt/Anamnes", "Feber sedan 3 dagar.", "Bedömning");
    }

    @Test
    void theContactTypeTravelsAsAContainedEncounterAndTheNoteAsNarrative() {
        DocumentReference dr = mapper.map(TestNotes.approved("19121212-1212"));

        assertThat(VALIDATION.errors(dr)).isEmpty();
        assertThat(dr.getMasterIdentifier().getValue()).isEqualTo(dr.getIdentifierFirstRep().getValue());
        Encounter encounter = (Encounter) dr.getContained().get(0);
        assertThat(dr.getContext().getEncounterFirstRep().getReference()).isEqualTo("#" + encounter.getIdPart());
        assertThat(encounter.getClass_().getCode()).isEqualTo("HH");
        assertThat(encounter.getTypeFirstRep().getText()).isEqualTo("Hembesök");
        assertThat(encounter.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(dr.getText().getDivAsString()).contains("<b>Aktuellt/Anamnes</b>", "Feber sedan 3 dagar.");
        String json = FHIR.newJsonParser().encodeResourceToString(dr);
        Encounter roundTrip = (Encounter) FHIR.newJsonParser().parseResource(DocumentReference.class, json).getContained().get(0);
        assertThat(roundTrip.getClass_().getCode()).isEqualTo("HH");
    }

    @Test
    void aSamordningsnummerUsesItsOwnIdentifierSystem() {
        assertThat(mapper.map(TestNotes.approved("701063-2391")).getSubject().getIdentifier().getSystem())
                .isEqualTo("urn:oid:1.2.752.129.2.1.3.3");
    }

    @Test
    void eachVersionHasItsOwnStableIdentifierAndACorrectionReplacesThePrevious() {
        NoteId id = NoteId.random();
        Instant at = Instant.parse("2026-11-23T09:00:00Z");
        DocumentReference v1 = mapper.map(TestNotes.approved("19121212-1212", id, 1, "sv-journal", at));
        DocumentReference v1again = mapper.map(TestNotes.approved("19121212-1212", id, 1, "sv-journal", at));
        DocumentReference v2 = mapper.map(TestNotes.approved("19121212-1212", id, 2, "sv-journal", at.plusSeconds(3600)));

        assertThat(v1.getIdentifierFirstRep().getValue()).isEqualTo(v1again.getIdentifierFirstRep().getValue()).endsWith("/v1");
        assertThat(v2.getIdentifierFirstRep().getValue()).endsWith("/v2");
        assertThat(v2.getRelatesToFirstRep().getCode().toCode()).isEqualTo("replaces");
        assertThat(v2.getRelatesToFirstRep().getTarget().getIdentifier().getValue()).isEqualTo(v1.getIdentifierFirstRep().getValue());
        assertThat(VALIDATION.errors(v2)).isEmpty();
    }

    @Test
    void anAmendmentIsToldFromAnOriginalByItsDocStatus() {
        NoteId id = NoteId.random();
        Instant at = Instant.parse("2026-11-23T09:00:00Z");

        assertThat(mapper.map(TestNotes.approved("19121212-1212", id, 1, "sv-journal", at)).getDocStatus().toCode()).isEqualTo("final");
        assertThat(mapper.map(TestNotes.approved("19121212-1212", id, 2, "sv-journal", at)).getDocStatus().toCode()).isEqualTo("amended");
    }

    @Test
    void aWithdrawnVersionIsEnteredInErrorAndStillValid() {
        DocumentReference dr = mapper.map(TestNotes.approved("19121212-1212").enteredInError());

        assertThat(dr.getStatus().toCode()).isEqualTo("entered-in-error");
        assertThat(VALIDATION.errors(dr)).isEmpty();
    }

    @Test
    void everyFinalNoteClaimsThePublishedProfileAndIsCheckedAgainstIt() {
        DocumentReference dr = mapper.map(TestNotes.approved("19121212-1212"));
        assertThat(dr.getMeta().getProfile()).extracting(p -> p.getValue()).containsExactly(DocumentReferenceMapper.PROFILE);
        assertThat(FhirValidation.profile(FHIR).getUrl()).isEqualTo(DocumentReferenceMapper.PROFILE);

        DocumentReference noMaster = dr.copy().setMasterIdentifier(null);
        DocumentReference notLabelled = dr.copy();
        notLabelled.getMeta().getSecurity().clear();
        notLabelled.getMeta().addSecurity().setSystem("http://terminology.hl7.org/CodeSystem/v3-Confidentiality").setCode("N");
        DocumentReference amendedAlone = dr.copy().setDocStatus(DocumentReference.ReferredDocumentStatus.AMENDED);
        DocumentReference oneContent = dr.copy();
        oneContent.getContent().remove(1);

        assertThat(VALIDATION.errors(noMaster)).anySatisfy(e -> assertThat(e).contains("masterIdentifier"));
        assertThat(VALIDATION.errors(notLabelled)).anySatisfy(e -> assertThat(e).contains("dikt-1"));
        assertThat(VALIDATION.errors(amendedAlone)).anySatisfy(e -> assertThat(e).contains("dikt-2"));
        assertThat(VALIDATION.errors(oneContent)).anySatisfy(e -> assertThat(e).contains("content"));
        assertThat(VALIDATION.errors(dr.copy().setMasterIdentifier(null).setMeta(null)))
                .as("without the claim only the base specification applies").isEmpty();
    }

    @Test
    void theHistoryAndPhysicalTemplateIsTypedAsSuch() {
        DocumentReference dr = mapper.map(TestNotes.approved("19121212-1212", NoteId.random(), 1, "en-hp", Instant.now()));

        assertThat(dr.getType().getCodingFirstRep().getCode()).isEqualTo("34117-2");
    }

    @Test
    void aTemplateIsTypedWithTheLoincCodeItGives() {
        DocumentReferenceMapper clinic = new DocumentReferenceMapper(FhirSettings.defaults(URI.create("https://fhir.example.se/fhir"))
                .withDocumentTypes(Map.of("sv-omvardnad", "34746-8", "kvall-rond", "28570-0", "broken", "not a code")));

        assertThat(clinic.map(TestNotes.approved("19121212-1212", NoteId.random(), 1, "sv-omvardnad", Instant.now())).getType()
                .getCodingFirstRep()).satisfies(c -> {
                    assertThat(c.getCode()).isEqualTo("34746-8");
                    assertThat(c.getDisplay()).isEqualTo("Nurse Note");
                });
        assertThat(clinic.map(TestNotes.approved("19121212-1212", NoteId.random(), 1, "kvall-rond", Instant.now())).getType()
                .getCodingFirstRep().getCode()).isEqualTo("28570-0");
        assertThat(clinic.map(TestNotes.approved("19121212-1212", NoteId.random(), 1, "broken", Instant.now())).getType()
                .getCodingFirstRep().getCode()).as("a code that is no LOINC code").isEqualTo("11506-3");
        assertThat(VALIDATION.errors(clinic.map(TestNotes.approved("19121212-1212", NoteId.random(), 1, "sv-omvardnad",
                Instant.now())))).isEmpty();
    }

    @Test
    void aSiteThatAsksForItGetsTheKvAnteckningstypCodeOfTheContact() {
        FhirSettings d = FhirSettings.defaults(URI.create("https://fhir.example.se/fhir"));
        FhirSettings kv = new FhirSettings(d.baseUrl(), null, d.connectTimeout(), d.readTimeout(), d.personnummerSystem(),
                d.samordningsnummerSystem(), d.hsaIdSystem(), d.noteVersionSystem(), null, null,
                DocumentReferenceMapper.KV_ANTECKNINGSTYP, Map.of(), null);

        DocumentReference homeVisit = new DocumentReferenceMapper(kv).map(TestNotes.approved("19121212-1212"));

        assertThat(homeVisit.getType().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                .containsExactly("http://loinc.org|11506-3", "urn:oid:1.2.752.129.2.2.2.11|bes");
        assertThat(VALIDATION.errors(homeVisit)).isEmpty();
        assertThat(mapper.map(TestNotes.approved("19121212-1212")).getType().getCoding()).as("left out unless asked for").hasSize(1);
    }

    @Test
    void plainHttpIsRefusedExceptToThisMachine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FhirSettings.defaults(URI.create("http://fhir.region.se/fhir")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(FhirSettings.defaults(URI.create("http://127.0.0.1:8080/fhir")).baseUrl()).isNotNull();
    }
}
