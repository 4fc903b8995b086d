package se.diktera.core.identity;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Swedish personal identity: a {@link Personnummer} or a {@link Samordningsnummer}. An instance
 * that exists is valid. The FHIR identifier system is deliberately not part of the value: sites
 * configure it at export.
 *
 * <p>{@code toString()} is masked so that an identity number logged by mistake does not leak.
 */
public sealed interface PersonalIdentityNumber permits IdentityNumberValue {

    /** Parses either kind, telling them apart by the day (61 or more is a samordningsnummer). */
    static PersonalIdentityNumber parse(String text) {
        return parse(text, LocalDate.now());
    }

    /** As {@link #parse(String)}, with the date that decides the century of ten-digit forms. */
    static PersonalIdentityNumber parse(String text, LocalDate today) {
        IdentityNumberParser.Parsed p = IdentityNumberParser.parse(text, today);
        return p.samordning() ? new Samordningsnummer(p) : new Personnummer(p);
    }

    @JsonCreator
    static PersonalIdentityNumber fromJson(String text) {
        return parse(text);
    }

    /** Twelve digits, no separator: {@code YYYYMMDDNNNN}. */
    String digits();

    /** The birth date (for a samordningsnummer, the day with 60 taken off). */
    LocalDate birthDate();

    /** The form shown to people and sent to FHIR servers: {@code YYYYMMDD-NNNN}. */
    @JsonValue
    default String formatted() {
        return digits().substring(0, 8) + "-" + digits().substring(8);
    }

    /** A form safe for logs and audit trails: the birth date only, {@code YYYYMMDD-****}. */
    default String masked() {
        return digits().substring(0, 8) + "-****";
    }
}
