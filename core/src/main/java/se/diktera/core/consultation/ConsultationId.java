package se.diktera.core.consultation;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one consultation on this device. Carries no patient data, so it may be logged. */
public record ConsultationId(UUID value) {

    public ConsultationId {
        Objects.requireNonNull(value, "value");
    }

    public static ConsultationId random() {
        return new ConsultationId(UUID.randomUUID());
    }

    @JsonCreator
    public static ConsultationId parse(String text) {
        return new ConsultationId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
