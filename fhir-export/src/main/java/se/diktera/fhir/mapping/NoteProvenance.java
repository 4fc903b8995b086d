package se.diktera.fhir.mapping;

import java.util.Date;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.people.Clinician;
import se.diktera.fhir.FhirSettings;

/**
 * How an approved note version came to be, as HL7's AI Transparency on FHIR asks it told: a
 * Provenance targeting the DocumentReference, with the clinician who dictated it (author), the
 * one who approved it (verifier), each AI model that drafted it as a contained Device (assembler),
 * and the consultation's transcript as the source entity. Tagged with the note version's
 * identifier, so a retry finds the Provenance already there instead of making a second.
 */
public final class NoteProvenance {

    static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String TRANSCRIPT_SYSTEM = "https://diktera.se/fhir/sid/transcript";
    private final FhirSettings settings;
    private final DocumentReferenceMapper mapper;

    public NoteProvenance(FhirSettings settings, DocumentReferenceMapper mapper) {
        this.settings = settings;
        this.mapper = mapper;
    }

    /** @param target the DocumentReference: its id on the server, or the transaction's urn:uuid for it */
    public Provenance of(ApprovedNote approved, String target) {
        Provenance p = new Provenance();
        Identifier version = mapper.versionIdentifier(approved.note());
        p.getMeta().addTag(version.getSystem(), version.getValue(), null);
        p.getMeta().addSecurity(new Coding(DocumentReferenceMapper.SECURITY_SYSTEM, DocumentReferenceMapper.AI_ASSERTED,
                "Artificial Intelligence asserted"));
        p.addTarget(new Reference(target));
        p.setRecorded(Date.from(approved.approvedAt()));
        p.addAgent().setType(participant("author", "Author")).setWho(person(approved.consultation().clinician()));
        p.addAgent().setType(participant("verifier", "Verifier")).setWho(person(approved.approver()));
        int n = 0;
        for (String model : approved.note().modelIds()) {
            Device device = new Device();
            device.setId("model-" + ++n);
            device.addDeviceName().setName(model).setType(Device.DeviceNameType.MODELNAME);
            device.addVersion().setValue(model);
            device.addNote().setText("AI model that took part in drafting the note, which a clinician then edited and approved");
            p.addContained(device);
            p.addAgent().setType(participant("assembler", "Assembler")).setWho(new Reference("#" + device.getIdPart()));
        }
        p.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(new Reference()
                .setIdentifier(new Identifier().setSystem(TRANSCRIPT_SYSTEM).setValue(approved.consultation().id().toString()))
                .setDisplay("Transcript of the consultation"));
        return p;
    }

    private static CodeableConcept participant(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(PARTICIPANT_TYPE, code, display));
    }

    private Reference person(Clinician clinician) {
        return new Reference().setIdentifier(new Identifier().setSystem(settings.hsaIdSystem()).setValue(clinician.hsaId().value()))
                .setDisplay(clinician.name());
    }
}
