package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * A medication with its dose: "Alvedon 500 mg 1x3", "amoxicillin 500 mg three times a day",
 * "Metformin 0,5 g två gånger dagligen", "Levaxin 100 mikrogram per os på morgonen".
 */
final class MedicationPattern implements FactPattern {

    private static final String UNIT = "mg|milligram(?:s)?|g|gram|mikrogram|microgram(?:s)?|µg|mcg|ml|milliliter|enheter|units?|ie";
    private static final String ROUTE = "per os|p\\.?o\\.?|oralt|orally|by mouth|i\\.?v\\.?|intravenöst|intravenously"
            + "|subkutant|subcutaneously|s\\.?c\\.?|i\\.?m\\.?|intramuskulärt|inhalation|inhaled|rektalt|rectally";
    private static final String FREQUENCY = "\\d+\\s*x\\s*\\d+"
            + "|(?:en|ett|1|två|2|tre|3|fyra|4) gånger? (?:om dagen|dagligen|per dag|i veckan|per vecka)"
            + "|dagligen|vid behov|morgon och kväll|på morgonen|till natten|varannan dag"
            + "|(?:once|twice|three times|four times|1 times|2 times|3 times|4 times) (?:a|per) (?:day|week)"
            + "|once daily|twice daily|daily|as needed|at night|in the morning|every \\d+ hours";
    private static final Pattern DOSE = Pattern.compile(
            "(?<name>\\p{L}[\\p{L}-]{2,})\\s+(?<dose>" + Phrases.NUMBER + ")\\s*(?<unit>" + UNIT + ")\\b"
                    + "(?:\\s+(?<route>" + ROUTE + "))?"
                    + "(?:\\s+(?<freq>" + FREQUENCY + "))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words that stand before a dose without being the drug's name. */
    private static final Set<String> NOT_A_NAME = Set.of("tar", "tog", "tablett", "tabletter", "tablet", "tablets",
            "takes", "take", "took", "dos", "dose", "dosen", "med", "with", "of", "av", "på", "och", "and", "ger", "give",
            "ökar", "increase", "till", "to", "about", "cirka", "ca", "kapsel", "kapslar", "capsule", "capsules");

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        Matcher m = DOSE.matcher(u.text());
        while (m.find()) {
            String name = m.group("name");
            if (NOT_A_NAME.contains(Phrases.lower(name)) || name.chars().allMatch(Character::isDigit)) {
                continue;
            }
            Map<String, String> a = new LinkedHashMap<>();
            a.put("name", Phrases.capitalise(Phrases.lower(name)));
            a.put("dose", m.group("dose"));
            a.put("unit", unit(m.group("unit")));
            if (m.group("route") != null) {
                a.put("route", Phrases.lower(m.group("route")));
            }
            if (m.group("freq") != null) {
                a.put("frequency", Phrases.lower(m.group("freq")).replaceAll("\\s*x\\s*", "x"));
            }
            String text = String.join(" ", a.values());
            facts.add(new Fact(Fact.Kind.MEDICATION, text, a, List.of(u.span(m.start(), m.end()))));
        }
        return facts;
    }

    private static String unit(String spoken) {
        String u = Phrases.lower(spoken);
        if (u.startsWith("milligram")) {
            return "mg";
        }
        if (u.startsWith("mikrogram") || u.startsWith("microgram") || u.equals("mcg")) {
            return "µg";
        }
        if (u.equals("gram")) {
            return "g";
        }
        if (u.equals("milliliter")) {
            return "ml";
        }
        if (u.startsWith("unit") || u.equals("enheter") || u.equals("ie")) {
            return "E";
        }
        return u;
    }
}
