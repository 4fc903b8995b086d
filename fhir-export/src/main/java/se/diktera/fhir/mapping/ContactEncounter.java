package se.diktera.fhir.mapping;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;

/**
 * The consultation as the Encounter the note was written in, contained in the DocumentReference:
 * its class from HL7's ActCode (AMB at the clinic, HH at home, VR at a distance) and its type in
 * the region's words, so that a receiver keeps the contact type the region follows up. The type
 * carries text only: Sweden has no national code system for these contact types that we could
 * verify, and a made-up one would mislead.
 */
final class ContactEncounter {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String CONSULTATION_SYSTEM = "https://diktera.se/fhir/sid/consultation";

    private ContactEncounter() {
    }

    static Encounter of(Consultation c, Period period, Identifier patient) {
        Encounter e = new Encounter();
        e.setId("encounter");
        e.addIdentifier(new Identifier().setSystem(CONSULTATION_SYSTEM).setValue(c.id().toString()));
        e.setStatus(c.endTime().isPresent() ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.INPROGRESS);
        e.setClass_(actCode(c.contactType()));
        e.addType(new CodeableConcept().setText(words(c.contactType())));
        e.setSubject(new Reference().setIdentifier(patient.copy()));
        e.setPeriod(period.copy());
        return e;
    }

    private static Coding actCode(ContactType type) {
        return switch (type) {
            case MOTTAGNINGSBESOK -> new Coding(ACT_CODE, "AMB", "ambulatory");
            case HEMBESOK -> new Coding(ACT_CODE, "HH", "home health");
            case DISTANSKONTAKT_VIDEO, DISTANSKONTAKT_TELEFON -> new Coding(ACT_CODE, "VR", "virtual");
        };
    }

    private static String words(ContactType type) {
        return switch (type) {
            case MOTTAGNINGSBESOK -> "Mottagningsbesök";
            case HEMBESOK -> "Hembesök";
            case DISTANSKONTAKT_VIDEO -> "Distanskontakt, video";
            case DISTANSKONTAKT_TELEFON -> "Distanskontakt, telefon";
        };
    }
}
