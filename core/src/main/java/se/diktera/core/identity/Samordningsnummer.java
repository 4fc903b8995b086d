package se.diktera.core.identity;

import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Swedish samordningsnummer (coordination number): a personnummer-like number whose day is the birth day plus 60. Immutable and thread-safe; an instance is always valid. */
public final class Samordningsnummer implements PersonalIdentityNumber {

    private final String digits;
    private final LocalDate birthDate;

    Samordningsnummer(IdentityNumberParser.Parsed parsed) {
        this.digits = parsed.digits();
        this.birthDate = parsed.birthDate();
    }

    /** @throws IdentityNumberException saying what is wrong, also when it is a personnummer */
    @JsonCreator
    public static Samordningsnummer parse(String text) {
        return parse(text, LocalDate.now());
    }

    public static Samordningsnummer parse(String text, LocalDate today) {
        IdentityNumberParser.Parsed p = IdentityNumberParser.parse(text, today);
        if (!p.samordning()) {
            throw new IdentityNumberException(IdentityNumberException.Reason.NOT_A_SAMORDNINGSNUMMER);
        }
        return new Samordningsnummer(p);
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
        return o instanceof Samordningsnummer other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Samordningsnummer.class, digits);
    }

    @Override
    public String toString() {
        return "Samordningsnummer[" + masked() + "]";
    }
}
