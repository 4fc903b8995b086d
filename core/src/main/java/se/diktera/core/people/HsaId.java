package se.diktera.core.people;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An HSA-id, the national identifier of people and units in Swedish health care, for example
 * {@code SE2321000016-15C3}: "SE", the organisation number, '-', and a local part.
 */
public record HsaId(String value) {

    private static final Pattern FORMAT = Pattern.compile("SE\\d{10}-[A-Za-z0-9]{1,18}");

    public HsaId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "An HSA-id looks like SE<10-digit organisation number>-<local part>, e.g. SE2321000016-15C3");
        }
    }

    @JsonCreator
    public static HsaId of(String value) {
        return new HsaId(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
