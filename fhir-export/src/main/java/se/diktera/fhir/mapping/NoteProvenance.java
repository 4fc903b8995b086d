package se.diktera.fhir.mapping;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.people.Clinician;
import se.diktera.fhir.FhirSettings;

/**
 * How an approved note version came to be, as HL7's AI Transparency on FHIR asks it told: a
 * Provenance targeting the DocumentReference, for the reason AIAST, with the clinician who dictated
 * it (author), the one who approved it (verifier), each AI model that drafted it as a contained
 * Device of type Artificial-Intelligence (an author in the role of an AI, as the IG's AIProvenance
 * has it) with its model card as a contained Markdown DocumentReference (the IG's AIModelCard, an
 * entity of role derivation), and the consultation's transcript as the source entity. Tagged with the note version's
 * identifier, so a retry finds the Provenance already there instead of making a second.
 */
public final class NoteProvenance {

    static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String TRANSCRIPT_SYSTEM = "https://diktera.se/fhir/sid/transcript";
    /** HL7 AI Transparency on FHIR (STU1 ballot and its CI build): the device type of an AI, the model card's codes and link. */
    public static final String AI_DEVICE_TYPES = "http://hl7.org/fhir/uv/aitransparency/CodeSystem/AIdeviceTypeCS";
    public static final String AI_INPUTS = "http://hl7.org/fhir/uv/aitransparency/CodeSystem/AIinputsCS";
    public static final String MODEL_CARD_EXTENSION = "http://hl7.org/fhir/uv/aitransparency/StructureDefinition/aitransparency.modelCardDescription";
    private final FhirSettings settings;
    private final DocumentReferenceMapper mapper;
    private final ModelCards cards;

    public NoteProvenance(FhirSettings settings, DocumentReferenceMapper mapper) {
        this(settings, mapper, ModelCards.shipped());
    }

    public NoteProvenance(FhirSettings settings, DocumentReferenceMapper mapper, ModelCards cards) {
        this.settings = settings;
        this.mapper = mapper;
        this.cards = cards;
    }

    /** @param target the DocumentReference: its id on the server, or the transaction's urn:uuid for it */
    public Provenance of(ApprovedNote approved, String target) {
        Provenance p = new Provenance();
        Identifier version = mapper.versionIdentifier(approved.note());
        p.getMeta().addTag(version.getSystem(), version.getValue(), null);
        p.getMeta().addSecurity(DocumentReferenceMapper.aiAsserted());
        p.addTarget(new Reference(target));
        p.setRecorded(Date.from(approved.approvedAt()));
        p.addReason().addCoding(DocumentReferenceMapper.aiAsserted());
        p.addAgent().setType(participant("author", "Author")).setWho(person(approved.consultation().clinician()));
        p.addAgent().setType(participant("verifier", "Verifier")).setWho(person(approved.approver()));
        int n = 0;
        for (String model : approved.note().modelIds()) {
            n++;
            Device device = new Device();
            device.setId("model-" + n);
            device.setType(artificialIntelligence());
            device.addDeviceName().setName(model).setType(Device.DeviceNameType.MODELNAME);
            device.addVersion().setValue(model);
            Optional<String> card = cards.of(model);
            if (card.isPresent()) {
                DocumentReference cardDocument = modelCard("card-" + n, model, card.get(), approved);
                p.addContained(cardDocument);
                device.addExtension(MODEL_CARD_EXTENSION, new Reference("#" + cardDocument.getIdPart()));
                p.addEntity().setRole(Provenance.ProvenanceEntityRole.DERIVATION).setWhat(new Reference("#" + cardDocument.getIdPart()));
            } else {
                device.addNote().setText("No model card was shipped with this model");
            }
            p.addContained(device);
            p.addAgent().setType(participant("author", "Author"))
                    .addRole(artificialIntelligence())
                    .setWho(new Reference("#" + device.getIdPart()));
        }
        p.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(new Reference()
                .setIdentifier(new Identifier().setSystem(TRANSCRIPT_SYSTEM).setValue(approved.consultation().id().toString()))
                .setDisplay("Transcript of the consultation"));
        return p;
    }

    /** A model card as the AI Transparency IG's AIModelCard: a DocumentReference of Markdown. */
    private static DocumentReference modelCard(String id, String model, String markdown, ApprovedNote approved) {
        DocumentReference card = new DocumentReference();
        card.setId(id);
        card.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        card.setType(new CodeableConcept().addCoding(new Coding(AI_INPUTS, "AIModelCard", "AI Model Card")));
        card.addCategory(new CodeableConcept().addCoding(new Coding(AI_INPUTS, "AIModelCardMarkdownFormat", "AI Model Card in Markdown")));
        card.setDescription("Model card of " + model);
        card.addContent().setAttachment(new Attachment().setContentType("text/markdown").setLanguage("en")
                .setData(markdown.getBytes(StandardCharsets.UTF_8)).setTitle("Model card of " + model)
                .setCreation(Date.from(approved.approvedAt())));
        return card;
    }

    /** The AI Transparency IG's device type of an AI, also the role an AI author acts in. */
    private static CodeableConcept artificialIntelligence() {
        return new CodeableConcept().addCoding(new Coding(AI_DEVICE_TYPES, "Artificial-Intelligence", "Artificial Intelligence"));
    }

    private static CodeableConcept participant(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(PARTICIPANT_TYPE, code, display));
    }

    private Reference person(Clinician clinician) {
        return new Reference().setIdentifier(new Identifier().setSystem(settings.hsaIdSystem()).setValue(clinician.hsaId().value()))
                .setDisplay(clinician.name());
    }
}
