package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * Laboratory values said with their number: "CRP:t var fyrtiotvå" → CRP 42, "långtidssockret
 * femtiosex" → HbA1c 56, "kalium fyra komma tre" → Kalium 4,3, "hemoglobin A1c of 7.2" → HbA1c 7.2.
 */
final class LabPattern implements FactPattern {

    private record Lab(String name, String spoken) {
    }

    private static final List<Lab> LABS = List.of(
            new Lab("HbA1c", "hba1c|hba ett c|hb a ett c|hba 1 c|långtidssockret|långtidssocker|långtidsblodsockret|hemoglobin a1c|a1c"),
            new Lab("CRP", "crp|snabbsänkan|snabbsänka|c-reactive protein"),
            new Lab("Hb", "hb|hemoglobin|blodvärdet|blodvärde|hgb"),
            new Lab("PK/INR", "pk/inr|pk|inr|pk-värdet|pk-inr"),
            new Lab("Kreatinin", "kreatinin|kreatininet|creatinine"),
            new Lab("Kalium", "kalium|kaliumet|kaliumvärdet|potassium"),
            new Lab("Natrium", "natrium|natriumet|sodium"),
            // "fasteblodsockret 9,1", "fastande sockret var 11,2": a fasting glucose is written fP-glukos.
            new Lab("fP-glukos", "fp-glukos|fasteblodsockret|fasteblodsocker|fastevärdet|fastande (?:blod)?sockret|fastande (?:blod)?socker"),
            new Lab("P-glukos", "p-glukos|glukos|blodsockret|blodsocker|sockret|glucose|blood sugar|sugars?"),
            new Lab("LDL", "ldl|ldl-kolesterolet|ldl-kolesterol"),
            new Lab("TSH", "tsh"),
            // "fritt T 4 var 16", "fritt T fyra": free thyroxine; "TPO-antikroppar ... 350"; the liver value "ALAT var 0,4".
            new Lab("fritt T4", "fritt t ?4|fritt t4|ft4"),
            new Lab("TPO-ak", "tpo[- ]?antikropp\\p{L}*|tpo-ak|tpo"),
            new Lab("ALAT", "alat|alat-värdet"),
            new Lab("Ferritin", "ferritin|ferritinet"),
            new Lab("NT-proBNP", "nt-probnp|probnp|bnp"),
            new Lab("Urat", "urat|uratet|urinsyra|urinsyran|uric acid"),
            new Lab("eGFR", "egfr|gfr"),
            new Lab("Kolesterol", "kolesterol|kolesterolet|cholesterol"),
            new Lab("Leukocyter", "leukocyter|lpk|vita blodkroppar|white count|wbc"));
    /** Labs named as Swedish notes write them; English talk keeps the labs it had. */
    static final Set<String> SWEDISH_ONLY = Set.of("fP-glukos", "fritt T4", "TPO-ak", "ALAT");
    /** "fastande sockret": the fasting glucose, not the blood sugar of the day. */
    private static final Pattern FASTING_BEFORE = Pattern.compile("\\bfastande\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String LINK = "(?::t|:et|:n)?(?:\\s+(?:är|var|ligger på|låg på|låg|ligger|på|har|hade|blev|of|is|was|at))*"
            + "(?:\\s+(?:nu|idag|ungefär|cirka|around|about))?\\s+";
    private static final List<Pattern> PATTERNS = LABS.stream().map(l -> Pattern.compile("(?<![\\p{L}-])(?:" + l.spoken() + ")\\b" + LINK
            + "(?<value>\\d+(?:[.,]\\d+)?)(?!\\d)(?![.,]\\d)(?!\\s*(?:år|years|dagar|days|veckor|weeks|plus|\\+))", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE)).toList();

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < LABS.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(u.text());
            while (m.find()) {
                String name = LABS.get(i).name();
                if (!swedish && SWEDISH_ONLY.contains(name)) {
                    continue;
                }
                if (name.equals("P-glukos") && FASTING_BEFORE.matcher(u.text().substring(0, m.start())).find()) {
                    continue;
                }
                if (swedish && name.equals("P-glukos") && Phrases.lower(m.group()).startsWith("glukos")) {
                    // The note names glucose as said: "glukos 11,2" is Glukos, blood sugar P-glukos.
                    name = "Glukos";
                }
                String value = swedish ? m.group("value").replace('.', ',') : m.group("value");
                facts.add(new Fact(Fact.Kind.LAB, name + " " + value, Map.of("name", name, "value", value),
                        List.of(u.span(m.start(), m.end()))));
            }
        }
        facts.sort(Comparator.comparingLong(f -> f.evidence().get(0).startMs()));
        return facts;
    }
}
