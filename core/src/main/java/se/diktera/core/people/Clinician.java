package se.diktera.core.people;

import java.util.Objects;

/** A person who writes or reviews notes. Their HSA-id is what FHIR exports and audits name. */
public record Clinician(String name, Role role, HsaId hsaId) {

    public Clinician {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A clinician needs a name");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hsaId, "hsaId");
    }
}
