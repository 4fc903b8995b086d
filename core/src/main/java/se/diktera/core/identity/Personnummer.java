package se.diktera.core.identity;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;

/** A Swedish personnummer. Immutable and thread-safe; an instance is always valid. */
public final class Personnummer extends IdentityNumberValue {

    Personnummer(IdentityNumberParser.Parsed parsed) {
        super(parsed);
    }

    /** @throws IdentityNumberException saying what is wrong, also when it is a samordningsnummer */
    @JsonCreator
    public static Personnummer parse(String text) {
        return parse(text, LocalDate.now());
    }

    public static Personnummer parse(String text, LocalDate today) {
        IdentityNumberParser.Parsed p = IdentityNumberParser.parse(text, today);
        if (p.samordning()) {
            throw new IdentityNumberException(IdentityNumberException.Reason.NOT_A_PERSONNUMMER);
        }
        return new Personnummer(p);
    }
}
