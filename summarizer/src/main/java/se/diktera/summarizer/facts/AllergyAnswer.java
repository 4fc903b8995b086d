package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.summarizer.text.Utterance;

/**
 * The allergies a question and its answer state together: "Är du allergisk mot något?" – "Nej,
 * inte vad jag vet." is "Inga kända allergier"; "Har han några allergier?" – "Björkpollen. Och
 * katt." is two allergies; "Nej. Bara björkpollen." is both. Each rests on the question and the answer.
 */
final class AllergyAnswer {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern QUESTION = Pattern.compile(
            "\\b(?:allergisk|allergier|allergi|överkänslig|allergic|allergies|allergy)\\b", FLAGS);
    private static final Pattern ASKS = Pattern.compile("^(?:och |and )?(?:har|är|do|are|any|några|nån|någon|inga)\\b", FLAGS);
    private static final Pattern NO = Pattern.compile(
            "^(?:eh,? |öh,? |um,? |uh,? )?(?:nej|nä|no|nope|inga|ingen|none|not that i know)\\b", FLAGS);
    private static final Pattern MEDICINES = Pattern.compile("\\b(?:läkemedel\\p{L}*|medicin\\p{L}*)", FLAGS);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]+", FLAGS);
    /** What people are commonly allergic to besides medicines (a fixed list). */
    private static final Set<String> ALLERGENS = Set.of("björkpollen", "gräspollen", "pollen", "katt", "katter", "hund",
            "hundar", "häst", "hästar", "pälsdjur", "kvalster", "nötter", "jordnötter", "hasselnötter", "ägg", "mjölk",
            "skaldjur", "fisk", "latex", "nickel", "getingstick", "bistick", "geting", "plåster", "jod", "birch", "grass",
            "cat", "cats", "dog", "dogs", "dust", "mites", "nuts", "peanuts", "eggs", "shellfish", "bees", "bee", "wasp");
    /** How far into an answer the substances are looked for. */
    private static final int WORDS = 14;

    private AllergyAnswer() {
    }

    /** "Inga kända allergier", or "Inga kända läkemedelsallergier" when the allergies asked about were to medicines. */
    static String noneKnown(String said) {
        return MEDICINES.matcher(said).find() ? "Inga kända läkemedelsallergier" : "Inga kända allergier";
    }

    /** "Men inga mediciner", "Int mot nån medicin", "Inga mediciner han inte tål": none to medicines, said in the answer. */
    private static final Pattern NO_MEDICINES = Pattern.compile("\\b(?:inga|ingen|inte mot nån|int mot nån|inte mot någon|int mot någon)"
            + "\\s+(?:mediciner|medicin|läkemedel)\\b", FLAGS);
    /** How many utterances of an answer, after an allergy question, may say there are none to medicines. */
    private static final int ANSWER_REACH = 3;

    /**
     * "Allergier?" – "Hösnuva på våren. Int mot nån medicin.": no known allergies to medicines, said in the
     * answer's utterances after the question (Swedish), resting on the question and those words.
     */
    static List<FactExtractor.Said> noneToMedicines(List<Utterance> us) {
        List<FactExtractor.Said> found = new ArrayList<>();
        for (int i = 0; i + 1 < us.size(); i++) {
            Utterance q = us.get(i);
            String asked = q.text().strip();
            boolean bare = !asked.matches("(?s).*[.?!]$");
            if (!QUESTION.matcher(asked).find() || !asked.endsWith("?") && !bare && !ASKS.matcher(asked).find()) {
                continue;
            }
            for (int j = i + 1; j < us.size() && j <= i + ANSWER_REACH && !sameSpeaker(q, us.get(j)); j++) {
                Matcher none = NO_MEDICINES.matcher(us.get(j).text());
                if (none.find()) {
                    found.add(new FactExtractor.Said(new Fact(Fact.Kind.ALLERGY, "Inga kända läkemedelsallergier",
                            Map.of("substance", "none known"), List.of(q.span(), us.get(j).span(none.start(), none.end()))), j));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean sameSpeaker(Utterance a, Utterance b) {
        return a.speaker() != null && a.speaker().equals(b.speaker());
    }

    static List<Fact> of(Utterance question, Utterance answer, boolean swedish) {
        String q = question.text().strip();
        String a = answer.text().strip();
        boolean bare = !q.matches("(?s).*[.?!]$");
        boolean otherSpeaker = question.speaker() == null || answer.speaker() == null
                || !question.speaker().equals(answer.speaker());
        if (!QUESTION.matcher(q).find() || !otherSpeaker || !(q.endsWith("?") || bare || ASKS.matcher(q).find())) {
            return List.of();
        }
        List<Fact> facts = new ArrayList<>();
        List<TranscriptSpan> both = List.of(question.span(), answer.span());
        if (NO.matcher(a).find()) {
            facts.add(new Fact(Fact.Kind.ALLERGY, swedish ? noneKnown(q + " " + a) : "No known allergies",
                    Map.of("substance", "none known"), both));
        }
        Matcher w = WORD.matcher(a);
        for (int n = 0; n < WORDS && w.find(); n++) {
            String word = Phrases.lower(w.group());
            if (ALLERGENS.contains(word) || MedicationPattern.isMedicine(word)) {
                facts.add(new Fact(Fact.Kind.ALLERGY, (swedish ? "Allergi: " : "Allergy: ") + word, Map.of("substance", word), both));
            }
        }
        return facts;
    }
}
