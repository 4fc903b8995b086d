package se.diktera.core.note;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a note across its versions. Carries no patient data, so it may be logged. */
public record NoteId(UUID value) {

    public NoteId {
        Objects.requireNonNull(value, "value");
    }

    public static NoteId random() {
        return new NoteId(UUID.randomUUID());
    }

    @JsonCreator
    public static NoteId parse(String text) {
        return new NoteId(UUID.fromString(text));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
