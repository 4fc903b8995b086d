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

    private static final java.util.regex.Pattern ALLERGY_QUESTION = java.util.regex.Pattern.compile(
            "\\b(?:allergisk|allergier|allergi|överkänslig|allergic|allergies|allergy)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    private static final java.util.regex.Pattern NO_ANSWER = java.util.regex.Pattern.compile(
            "^(?:eh,? |öh,? |um,? |uh,? )?(?:nej|nä|no|nope|inga|ingen|none|not that i know)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * The fact a question and its answer make together: "Är du allergisk mot något?" – "Nej, inte
     * vad jag vet." is "Inga kända allergier", resting on both.
     */
    public java.util.Optional<Fact> fromAnswer(Utterance question, Utterance answer, String language) {
        if (!ALLERGY_QUESTION.matcher(question.text()).find() || !NO_ANSWER.matcher(answer.text().strip()).find()
                || !question.text().strip().endsWith("?") && !question.text().matches("(?iu)^(?:har|är|do|are|any)\\b.*")) {
            return java.util.Optional.empty();
        }
        boolean swedish = language.startsWith("sv");
        return java.util.Optional.of(new Fact(Fact.Kind.ALLERGY, swedish ? "Inga kända allergier" : "No known allergies",
                java.util.Map.of("substance", "none known"), List.of(question.span(), answer.span())));
    }

    public List<Fact> extract(Utterance utterance, String language) {
        boolean swedish = language.startsWith("sv");
        List<Fact> facts = new ArrayList<>();
        for (FactPattern p : patterns) {
            facts.addAll(p.find(utterance, swedish));
        }
        return facts;
    }
}
