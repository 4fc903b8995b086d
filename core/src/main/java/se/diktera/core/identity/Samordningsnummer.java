package se.diktera.core.identity;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A Swedish samordningsnummer (coordination number): a personnummer-like number whose day is the
 * birth day plus 60. Immutable and thread-safe; an instance is always valid.
 */
public final class Samordningsnummer extends IdentityNumberValue {

    Samordningsnummer(IdentityNumberParser.Parsed parsed) {
        super(parsed);
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
}
