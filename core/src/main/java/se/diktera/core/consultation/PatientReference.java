package se.diktera.core.consultation;

import java.util.Objects;

import se.diktera.core.identity.PersonalIdentityNumber;

/**
 * Who a consultation is about. Only the identity number is kept; names come from the patient
 * record system, not from Diktera.
 */
public record PatientReference(PersonalIdentityNumber identifier) {

    public PatientReference {
        Objects.requireNonNull(identifier, "identifier");
    }

    @Override
    public String toString() {
        return "PatientReference[" + identifier.masked() + "]";
    }
}
