package se.diktera.core.identity;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a personnummer and a samordningsnummer share: twelve canonical digits and a birth date,
 * equality by kind and digits, and a masked {@code toString()}. Immutable and thread-safe.
 */
abstract sealed class IdentityNumberValue implements PersonalIdentityNumber permits Personnummer, Samordningsnummer {

    private final String digits;
    private final LocalDate birthDate;

    IdentityNumberValue(IdentityNumberParser.Parsed parsed) {
        this.digits = parsed.digits();
        this.birthDate = parsed.birthDate();
    }

    @Override
    public String digits() {
        return digits;
    }

    @Override
    public LocalDate birthDate() {
        return birthDate;
    }

    @Override
    @JsonValue
    public String formatted() {
        return PersonalIdentityNumber.super.formatted();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && digits.equals(((IdentityNumberValue) o).digits);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + digits.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + masked() + "]";
    }
}
