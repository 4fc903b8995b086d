package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Finds medications, vital signs, labs, scores, allergies, durations and follow-ups in an utterance. Thread-safe. */
public final class FactExtractor {

    /**
     * The words a fact's text may have that were not said: units, the names labs and scores are
     * written with ("långtidssocker" is written HbA1c), vital-sign labels and the change labels.
     */
    public static final Set<String> PHRASES = Set.of("mg", "g", "µg", "ml", "e", "mmhg", "%", "/min", "°c", "kg",
            "puffar", "hba1c", "crp", "hb", "pk/inr", "kreatinin", "kalium", "natrium", "p-glukos", "ldl", "tsh", "ferritin",
            "nt-probnp", "urat", "egfr", "kolesterol", "leukocyter", "phq-9", "gad-7", "madrs", "audit", "mmse", "cat",
            "centor", "tug", "downton", "norton", "mna", "pef", "gcs", "nrs", "bt", "temp", "puls", "sat", "af", "vikt",
            "blood", "pressure", "pulse", "temperature", "saturation", "respiratory", "rate", "weight", "ny", "ändrad",
            "utsatt", "new", "changed", "stopped", "allergi", "allergy", "1x1", "1x2", "1x3", "1x4", "vb", "i", "pat", "sig",
            "hör", "av", "inga", "kända", "allergier", "no", "known", "allergies");

    private final List<FactPattern> patterns = List.of(new MedicationPattern(), new VitalSignPattern(),
            new AllergyPattern(), new TimePattern(), new LabPattern(), new ScorePattern());

    public List<Fact> extract(Utterance utterance, String language) {
        boolean swedish = language.startsWith("sv");
        List<Fact> facts = new ArrayList<>();
        for (FactPattern p : patterns) {
            facts.addAll(p.find(utterance, swedish));
        }
        return facts;
    }
}
