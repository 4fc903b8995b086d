package se.diktera.fhir.mapping;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DocumentReference.DocumentReferenceContentComponent;
import org.hl7.fhir.r4.model.DocumentReference.DocumentReferenceContextComponent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.review.ReviewPacket;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.identity.Samordningsnummer;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.people.Clinician;
import se.diktera.fhir.FhirSettings;

/**
 * One approved note version → one FHIR R4 DocumentReference in the US Core shape: status, LOINC
 * type, category clinical-note, subject, date, author, authenticator, custodian, the note as
 * plain text and Markdown and as narrative, context period and the contact as a contained
 * Encounter, a business identifier per note version (also the master identifier), the AI
 * transparency security labels, and for a correction {@code docStatus amended} and
 * {@code relatesTo replaces}; a withdrawn version has status {@code entered-in-error}.
 *
 * <p>Thread-safe: stateless apart from the settings.
 */
public final class DocumentReferenceMapper {

    static final String CATEGORY_SYSTEM = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
    static final String FORMAT_SYSTEM = "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode";
    public static final String SECURITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    /** The security label the AI Transparency IG recommends for data AI took part in. */
    public static final String AI_ASSERTED = "AIAST";
    /** Diktera's own tag for drafts on a review server; integrators search with {@code _tag:not=} it. */
    public static final String REVIEW_STAGE_SYSTEM = "https://diktera.se/fhir/CodeSystem/review-stage";
    public static final String DRAFT_TAG = "draft";
    /** The review packet's media type: Diktera's JSON of {@link ReviewPacket}. */
    public static final String PACKET_TYPE = "application/vnd.diktera.review-packet+json";
    public static final String AI_MODELS_EXTENSION = "https://diktera.se/fhir/StructureDefinition/ai-models";
    /** KV Anteckningstyp, Inera's code system of journal note kinds, as an OID; a site that wants the coding sets it. */
    public static final String KV_ANTECKNINGSTYP = "urn:oid:1.2.752.129.2.2.2.11";
    /** Diktera's published profile of the final note ({@code fhir/StructureDefinition-diktera-note.json}). */
    public static final String PROFILE = "https://diktera.se/fhir/StructureDefinition/diktera-note";

    private final FhirSettings settings;

    public DocumentReferenceMapper(FhirSettings settings) {
        this.settings = settings;
    }

    public DocumentReference map(ApprovedNote approved) {
        Note note = approved.note();
        DocumentReference dr = common(note, approved.consultation(), approved.approvedAt());
        dr.getMeta().addProfile(PROFILE);
        dr.setMasterIdentifier(versionIdentifier(note));
        dr.addIdentifier(versionIdentifier(note));
        // An amendment is told from an original by its docStatus, and points at the version it replaces.
        dr.setDocStatus(note.version() > 1 ? DocumentReference.ReferredDocumentStatus.AMENDED
                : DocumentReference.ReferredDocumentStatus.FINAL);
        if (note.state() == NoteState.ENTERED_IN_ERROR) {
            dr.setStatus(DocumentReferenceStatus.ENTEREDINERROR);
        }
        dr.setAuthenticator(person(approved.approver()));
        if (note.version() > 1) {
            Note previous = new Note(note.id(), note.version() - 1, note.consultationId(), note.templateId(), note.language(),
                    note.state(), note.sections(), note.modelIds());
            dr.addRelatesTo().setCode(DocumentReference.DocumentRelationshipType.REPLACES)
                    .setTarget(new Reference().setIdentifier(versionIdentifier(previous)));
        }
        return dr;
    }

    /**
     * A draft put up for review on the region's server: {@code docStatus} preliminary, tagged
     * {@link #REVIEW_STAGE_SYSTEM} {@code draft} so that integrators' searches leave it out (R4 has
     * no search on docStatus), with no authenticator, and with the review packet (the note's
     * statements and the transcript segments they rest on) as a second attachment, so the
     * reviewer's device sees the evidence.
     *
     * @param packetJson the packet as Diktera's JSON, {@value #PACKET_TYPE}
     */
    public DocumentReference draft(ReviewPacket packet, String packetJson, Instant submittedAt) {
        DocumentReference dr = common(packet.note(), packet.consultation(), submittedAt);
        dr.getMeta().addTag(REVIEW_STAGE_SYSTEM, DRAFT_TAG, "Draft waiting for review");
        dr.addIdentifier(draftIdentifier(packet));
        dr.setDocStatus(DocumentReference.ReferredDocumentStatus.PRELIMINARY);
        dr.addContent(new DocumentReferenceContentComponent(new Attachment().setContentType(PACKET_TYPE)
                .setData(packetJson.getBytes(StandardCharsets.UTF_8)).setTitle("Review packet")
                .setCreation(Date.from(submittedAt))));
        return dr;
    }

    /** One submission (round) of one note version: the same on every retry of it. */
    public Identifier draftIdentifier(ReviewPacket packet) {
        Note note = packet.note();
        return new Identifier().setSystem(settings.noteVersionSystem())
                .setValue(note.id() + "/v" + note.version() + "/review/" + packet.round());
    }

    private DocumentReference common(Note note, Consultation c, Instant date) {
        DocumentReference dr = new DocumentReference();
        // AI was involved (HL7 AI Transparency on FHIR, ProvenanceVS: v3-ObservationValue AIAST, from THO 6.0.0).
        // That a clinician approved it is said by the authenticator; the Provenance would say how.
        dr.getMeta().addSecurity(aiAsserted());
        for (String model : note.modelIds()) {
            dr.addExtension(AI_MODELS_EXTENSION, new StringType(model));
        }
        dr.setStatus(DocumentReferenceStatus.CURRENT);
        String loinc = DocumentTypes.code(note.templateId(), settings.documentTypes());
        String typeName = DocumentTypes.display(loinc);
        CodeableConcept typeConcept = new CodeableConcept().addCoding(new Coding(DocumentTypes.LOINC, loinc, typeName));
        if (settings.npoCodingSystem() != null) {
            // KV Anteckningstyp (1.2.752.129.2.2.2.11), as the RIV-TA care documentation contract enumerates it:
            // bes Besöksanteckning, auf Anteckning utan fysiskt möte. Only these two are ever sent.
            boolean met = c.contactType().physicalMeeting();
            typeConcept.addCoding(new Coding(settings.npoCodingSystem(), met ? "bes" : "auf",
                    met ? "Besöksanteckning" : "Anteckning utan fysiskt möte"));
        }
        dr.setType(typeConcept);
        dr.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY_SYSTEM, "clinical-note", "Clinical Note")));
        dr.setSubject(new Reference().setIdentifier(patientIdentifier(c.patient().identifier())));
        dr.setDate(Date.from(date));
        dr.addAuthor(person(c.clinician()));
        if (settings.custodianHsaId() != null) {
            dr.setCustodian(new Reference().setIdentifier(new Identifier().setSystem(settings.hsaIdSystem())
                    .setValue(settings.custodianHsaId())).setDisplay(settings.custodianName()));
        }
        String title = (typeName != null ? typeName : "Note") + " " + c.start().toString().substring(0, 10);
        dr.addContent(content("text/plain; charset=utf-8", NoteText.plain(note), note.language(), title, date));
        dr.addContent(content("text/markdown; charset=utf-8", NoteText.markdown(note), note.language(), title, date));
        DocumentReferenceContextComponent context = new DocumentReferenceContextComponent();
        Period period = new Period().setStart(Date.from(c.start()));
        c.endTime().ifPresent(end -> period.setEnd(Date.from(end)));
        context.setPeriod(period);
        Encounter encounter = ContactEncounter.of(c, period, patientIdentifier(c.patient().identifier()));
        dr.addContained(encounter);
        context.addEncounter(new Reference("#" + encounter.getIdPart()));
        dr.setContext(context);
        dr.setText(NoteText.narrative(note));
        return dr;
    }

    /** How each note this mapper maps came to be, with the same identifier systems. */
    public NoteProvenance provenance() {
        return new NoteProvenance(settings, this);
    }

    /** The business identifier of one note version: the same on every retry, different per version. */
    public Identifier versionIdentifier(Note note) {
        return new Identifier().setSystem(settings.noteVersionSystem()).setValue(note.id() + "/v" + note.version());
    }

    public Identifier patientIdentifier(PersonalIdentityNumber id) {
        String system = id instanceof Samordningsnummer ? settings.samordningsnummerSystem() : settings.personnummerSystem();
        return new Identifier().setSystem(system).setValue(id.digits());
    }

    private Reference person(Clinician clinician) {
        return new Reference().setIdentifier(new Identifier().setSystem(settings.hsaIdSystem()).setValue(clinician.hsaId().value()))
                .setDisplay(clinician.name());
    }

    private static DocumentReferenceContentComponent content(String contentType, String text, String language, String title,
            Instant created) {
        Attachment a = new Attachment().setContentType(contentType).setLanguage(language)
                .setData(text.getBytes(StandardCharsets.UTF_8)).setTitle(title).setCreation(Date.from(created));
        return new DocumentReferenceContentComponent(a)
                .setFormat(new Coding(FORMAT_SYSTEM, "urn:ihe:iti:xds:2017:mimeTypeSufficient", "mimeType Sufficient"));
    }

    /** The label of content an AI asserted (HL7 v3-ObservationValue AIAST): the note's security label and its Provenance's reason. */
    static Coding aiAsserted() {
        return new Coding(SECURITY_SYSTEM, AI_ASSERTED, "Artificial Intelligence asserted");
    }
}
