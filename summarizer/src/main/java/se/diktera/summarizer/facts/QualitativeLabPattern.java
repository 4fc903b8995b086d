package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * Results said in words, in Swedish: the urine dipstick ("nitrit positiv, leukocyter två plus och
 * blod ett plus" → "U-sticka: nitrit pos, leukocyter 2+, blod 1+"), a rapid strep test ("positivt
 * för streptokocker" → "Strep A positivt"), and a lab said to be normal with no value ("TSH var
 * normal" → "TSH normalt"), no protein in the urine ("ingen äggvita i urinen" → "Ingen albuminuri") and a
 * normal ECG ("EKG:t är normalt" → "EKG normalt").
 */
final class QualitativeLabPattern implements FactPattern {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NITRITE = Pattern.compile("\\bnitrit(?:en)?\\s*(?:är\\s+|var\\s+)?(?<sign>positiv\\p{L}*|negativ\\p{L}*)", FLAGS);
    private static final Pattern PLUS = Pattern.compile("\\b(?<what>leukocyter|vita blodkroppar|blod|protein|glukos|ketoner)"
            + "\\s+(?:är\\s+|var\\s+)?(?<n>[1-4])\\s*(?:plus|\\+)", FLAGS);
    private static final Pattern STREP = Pattern.compile("\\b(?:(?:strep\\s*a|streptokock\\p{L}*)[^.?!]{0,40}?\\b(?<a>positiv\\p{L}*|negativ\\p{L}*)"
            + "|(?<b>positiv\\p{L}*|negativ\\p{L}*)\\s+(?:för\\s+)?(?:strep\\s*a|streptokock\\p{L}*))", FLAGS);
    private static final Pattern NORMAL = Pattern.compile("\\b(?<name>tsh|crp|hb|kreatinin|kalium|natrium|ferritin|leverprover\\p{L}*|"
            + "levervärd\\p{L}*|njurvärd\\p{L}*|blodstatus)\\b[^.?!\\d]{0,30}?\\b(?:är|var|ser|låg)\\s+(?:helt\\s+|ut\\s+)?normal\\p{L}*"
            + "(?![^.?!]{0,12}\\d)", FLAGS);

    /** "ingen äggvita i urinen", "inget protein i urinen": no albuminuria. */
    private static final Pattern NO_ALBUMIN = Pattern.compile("\\b(?:ingen|inget|inte någon|inte något)\\s+(?:äggvita|protein|albumin)"
            + "\\s+i\\s+urinen\\b", FLAGS);
    /** "EKG:t är normalt", "EKG:et var normalt": the ECG read as normal. */
    private static final Pattern NORMAL_ECG = Pattern.compile("\\bekg(?::?e?t)?\\b[^.?!\\d]{0,30}?\\b(?:är|var|ser)\\s+(?:helt\\s+|ut\\s+)?"
            + "normal\\p{L}*", FLAGS);

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        if (!swedish) {
            return facts;
        }
        String text = u.text();
        List<String> parts = new ArrayList<>();
        int from = -1;
        int to = -1;
        Matcher n = NITRITE.matcher(text);
        if (n.find()) {
            parts.add("nitrit " + (Phrases.lower(n.group("sign")).startsWith("pos") ? "pos" : "neg"));
            from = n.start();
            to = n.end();
        }
        Matcher p = PLUS.matcher(text);
        while (p.find()) {
            String what = Phrases.lower(p.group("what")).equals("vita blodkroppar") ? "leukocyter" : Phrases.lower(p.group("what"));
            parts.add(what + " " + p.group("n") + "+");
            from = from < 0 ? p.start() : Math.min(from, p.start());
            to = Math.max(to, p.end());
        }
        if (!parts.isEmpty() && (n.find(0) || parts.size() > 1 || Pattern.compile("\\b(?:sticka\\p{L}*|urinprov\\p{L}*|kissprov\\p{L}*)", FLAGS)
                .matcher(text).find())) {
            String value = String.join(", ", parts);
            facts.add(new Fact(Fact.Kind.LAB, "U-sticka: " + value, Map.of("name", "U-sticka", "value", value),
                    List.of(u.span(from, to))));
        }
        Matcher s = STREP.matcher(text);
        if (s.find()) {
            String sign = Phrases.lower(s.group("a") != null ? s.group("a") : s.group("b")).startsWith("pos") ? "positivt" : "negativt";
            facts.add(new Fact(Fact.Kind.LAB, "Strep A " + sign, Map.of("name", "Strep A", "value", sign),
                    List.of(u.span(s.start(), s.end()))));
        }
        Matcher albumin = NO_ALBUMIN.matcher(text);
        if (albumin.find()) {
            facts.add(new Fact(Fact.Kind.LAB, "Ingen albuminuri", Map.of("name", "U-albumin", "value", "ingen albuminuri"),
                    List.of(u.span(albumin.start(), albumin.end()))));
        }
        Matcher ecg = NORMAL_ECG.matcher(text);
        if (ecg.find()) {
            facts.add(new Fact(Fact.Kind.LAB, "EKG normalt", Map.of("name", "EKG", "value", "normalt"),
                    List.of(u.span(ecg.start(), ecg.end()))));
        }
        Matcher normal = NORMAL.matcher(text);
        while (normal.find()) {
            String name = name(Phrases.lower(normal.group("name")));
            facts.add(new Fact(Fact.Kind.LAB, name + " normalt", Map.of("name", name, "value", "normalt"),
                    List.of(u.span(normal.start(), normal.end()))));
        }
        return facts;
    }

    private static String name(String said) {
        return switch (said) {
            case "tsh", "crp" -> said.toUpperCase(Locale.ROOT);
            case "hb" -> "Hb";
            default -> said.startsWith("lever") ? "Leverprover" : said.startsWith("njur") ? "Njurvärden"
                    : Phrases.capitalise(said);
        };
    }
}
