package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Allergies and intolerances, and their explicit absence ("inga kända allergier", "no known allergies"). */
final class AllergyPattern implements FactPattern {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SUBSTANCE = Pattern.compile(
            "\\b(?:allergisk mot|allergisk för|allergi mot|överkänslig mot|överkänslig för|tål inte|allergic to|allergy to|intolerant to)"
                    + "\\s+(?<what>\\p{L}[\\p{L}-]*(?:\\s+(?:och|and)\\s+\\p{L}[\\p{L}-]*)?)", FLAGS);
    private static final Pattern NONE = Pattern.compile(
            "\\b(?:inga kända (?:läkemedels)?allergier|inga (?:läkemedels)?allergier|ingen (?:känd )?(?:läkemedels)?allergi"
                    + "|no known (?:drug )?allergies|no allergies|nkda)\\b", FLAGS);

    /** A reaction to a medicine told of: "Hon fick utslag av Bactrim en gång", "jag fick utslag av sulfa", "reagerade på penicillin". */
    static final String REACTION = "(?:fick|får|fått|har fått) (?:utslag|nässelutslag|en reaktion|reaktion) (?:av|på)|reagerade på";
    private static final Pattern REACTED_TO = Pattern.compile("\\b(?:" + REACTION + ")\\s+(?<what>\\p{L}[\\p{L}-]*)", FLAGS);

    /** Words after "allergisk mot" that name nothing. */
    private static final Set<String> NOT_A_SUBSTANCE = Set.of("nån", "något", "nåt", "någon", "några",
            "det", "den", "inget", "ingen", "inga", "anything", "any", "something", "nothing", "that", "it", "what", "vad",
            "nånting", "någonting", "läkemedel", "mediciner", "medicin", "ljus", "ljud", "stress", "mat", "kyla", "värme",
            "medicines", "medications", "drugs", "light", "noise");

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        Matcher m = SUBSTANCE.matcher(u.text());
        while (m.find()) {
            String what = Phrases.lower(m.group("what"));
            if (NOT_A_SUBSTANCE.contains(what.split(" ")[0])) {
                continue;
            }
            facts.add(new Fact(Fact.Kind.ALLERGY, (swedish ? "Allergi: " : "Allergy: ") + what,
                    Map.of("substance", what), List.of(u.span(m.start(), m.end()))));
        }
        Matcher reacted = REACTED_TO.matcher(u.text());
        while (swedish && reacted.find()) {
            // Only a medicine: "fick utslag av ägg när hon var liten" is no drug allergy, and the note may not call it one.
            String what = Phrases.lower(reacted.group("what"));
            if (MedicationPattern.isMedicine(what)) {
                facts.add(new Fact(Fact.Kind.ALLERGY, "Allergi: " + what, Map.of("substance", what),
                        List.of(u.span(reacted.start(), reacted.end()))));
            }
        }
        Matcher none = NONE.matcher(u.text());
        if (none.find()) {
            facts.add(new Fact(Fact.Kind.ALLERGY, swedish ? AllergyAnswer.noneKnown(u.text()) : "No known allergies",
                    Map.of("substance", "none known"), List.of(u.span(none.start(), none.end()))));
        }
        return facts;
    }
}
