package se.diktera.core.note;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something concrete a drafter found in the transcript (a medication with its dose, a vital
 * sign, an allergy, a duration, a follow-up), with the transcript spans it came from, so a
 * clinician can tick it off or correct it.
 *
 * @param text       the fact as it would be written in the note, e.g. "Alvedon 500 mg 1x3"
 * @param attributes the parts, e.g. name, dose, unit, route, frequency; or kind, value, unit
 */
public record Fact(Kind kind, String text, Map<String, String> attributes, List<TranscriptSpan> evidence) {

    public enum Kind { MEDICATION, VITAL_SIGN, ALLERGY, DURATION, FOLLOW_UP, LAB, SCORE }

    public Fact {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A fact needs text");
        }
        attributes = Map.copyOf(attributes);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("A fact must carry the transcript spans it came from");
        }
    }

    @Override
    public String toString() {
        return "Fact[" + kind + ", " + evidence.size() + " spans]";
    }
}
