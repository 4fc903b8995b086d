package se.diktera.core.consultation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import se.diktera.core.people.Clinician;

/**
 * One meeting between a clinician and a patient, the thing a note is written about.
 *
 * @param end null while the consultation goes on
 */
public record Consultation(
        ConsultationId id,
        PatientReference patient,
        Clinician clinician,
        ContactType contactType,
        String templateId,
        Instant start,
        Instant end) {

    public Consultation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(clinician, "clinician");
        Objects.requireNonNull(contactType, "contactType");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("A consultation cannot end before it starts");
        }
    }

    public static Consultation begin(PatientReference patient, Clinician clinician,
            ContactType contactType, String templateId, Instant start) {
        return new Consultation(ConsultationId.random(), patient, clinician, contactType, templateId, start, null);
    }

    public Consultation endedAt(Instant at) {
        return new Consultation(id, patient, clinician, contactType, templateId, start, at);
    }

    public Optional<Instant> endTime() {
        return Optional.ofNullable(end);
    }
}
