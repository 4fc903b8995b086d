package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Finds medications, vital signs, allergies, durations and follow-ups in an utterance. Thread-safe. */
public final class FactExtractor {

    private final List<FactPattern> patterns = List.of(new MedicationPattern(), new VitalSignPattern(),
            new AllergyPattern(), new TimePattern());

    public List<Fact> extract(Utterance utterance, String language) {
        boolean swedish = language.startsWith("sv");
        List<Fact> facts = new ArrayList<>();
        for (FactPattern p : patterns) {
            facts.addAll(p.find(utterance, swedish));
        }
        return facts;
    }
}
