package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * Scores and scales said with their value: "PHQ nio ... arton poäng" → PHQ-9 18, "sex av tio" in
 * pain talk → NRS 6/10, "CAT tjugotvå", "Centor fyra av fyra", "TUG arton sekunder".
 */
final class ScorePattern implements FactPattern {

    private record Score(String name, String spoken, boolean outOfTen) {
    }

    private static final List<Score> SCORES = List.of(
            new Score("PHQ-9", "phq-9|phq 9|phq nio|phq(?!\\s*-?\\s*9\\b)", false),
            new Score("GAD-7", "gad-7|gad 7|gad sju|gad(?!\\s*-?\\s*7\\b)", false),
            new Score("MADRS", "madrs|madrs-s", false),
            new Score("AUDIT", "audit", false),
            new Score("MMSE", "mmse", false),
            new Score("CAT", "cat", false),
            new Score("Centor", "centor|centorkriterier|centorpoäng", false),
            new Score("TUG", "tug|timed up and go", false),
            new Score("Downton", "downton\\p{L}*", false),
            new Score("Norton", "norton\\p{L}*|modifierad norton", false),
            new Score("MNA", "mna", false),
            new Score("PEF", "pef|peak flow|peakflow", false),
            new Score("GCS", "gcs", false),
            new Score("ACT", "act", false),
            // Swedish forms: "MoCA 22 av 30", "ISI 19", "4 AT", "CRB 65".
            new Score("MoCA", "moca", false),
            new Score("ISI", "isi", false),
            new Score("4AT", "4 ?at|fyra ?at", false),
            new Score("CRB-65", "crb[- ]?65|crb[- ]?sextiofem", false),
            new Score("NRS", "nrs|smärtskattning|smärtan|ont|pain|värk", true));
    private static final List<Pattern> PATTERNS = SCORES.stream().map(s -> Pattern.compile("\\b(?:" + s.spoken() + ")\\b"
            + "[^.?!\\d]{0," + (s.outOfTen() ? 40 : 30) + "}?(?<value>\\d+(?:[.,]\\d+)?)(?![\\d.,]\\d|\\d)(?!\\s*(?:dagar|dygn|veckor|månader|år|gånger|"
            + "timmar|days|weeks|months|years|times|hours)\\b)"
            + (s.outOfTen() ? "\\s*(?:av|/|out of|of)\\s*10\\b" : "(?:\\s*(?:av|/|of)\\s*(?<max>\\d+))?"),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

    /** "sju av tio" said alone is a pain rating in a consultation; "fyra av fyra Centorkriterier" names its scale after. */
    private static final Pattern OUT_OF_TEN = Pattern.compile("(?<![\\d,./])(?<value>\\d|10)\\s*(?:av|/|out of)\\s*10\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAMED_AFTER = Pattern.compile("(?<![\\d,./])(?<value>\\d+)\\s*(?:av|/|of|out of)\\s*(?<max>\\d+)"
            + "\\s+(?<name>centor\\p{L}*|phq\\p{L}*|gad\\p{L}*|cat\\p{L}*|norton\\p{L}*|downton\\p{L}*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Forms only Swedish talk names so ("4 at" is English for something else). */
    private static final Set<String> SWEDISH_ONLY = Set.of("ACT", "MoCA", "ISI", "4AT", "CRB-65");
    /** A sum said before its form: "du har fått 18 poäng på PHQ 9", "det blir 7 poäng på 4 AT". */
    private static final Pattern POINTS_ON = Pattern.compile("(?<![\\d,./])(?<value>\\d+)\\s+poäng\\s+(?:på|i|enligt)\\s+(?<name>"
            + String.join("|", SCORES.stream().filter(s -> !s.outOfTen()).map(Score::spoken).toList()) + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "upp till 5 av 10": a limit set, not a rating. */
    private static final Pattern LIMIT_BEFORE = Pattern.compile("\\b(?:upp till|högst|max|maximalt|under|över|mer än|"
            + "mindre än|up to|at most|below|above|over|more than|less than)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        Matcher named = NAMED_AFTER.matcher(u.text());
        while (named.find()) {
            String raw = named.group("name").toLowerCase(Locale.ROOT);
            String name = SCORES.stream().filter(s -> raw.startsWith(s.name().toLowerCase(Locale.ROOT).replaceAll("-.*", "")))
                    .map(Score::name).findFirst().orElse(raw);
            facts.add(new Fact(Fact.Kind.SCORE, name + " " + named.group("value") + "/" + named.group("max"),
                    Map.of("name", name, "value", named.group("value")), List.of(u.span(named.start(), named.end()))));
        }
        Matcher points = POINTS_ON.matcher(u.text());
        while (swedish && points.find()) {
            String raw = points.group("name");
            SCORES.stream().filter(s -> !s.outOfTen() && Pattern.compile(s.spoken(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(raw).matches()).findFirst().ifPresent(s -> facts.add(new Fact(Fact.Kind.SCORE, s.name() + " "
                    + points.group("value"), Map.of("name", s.name(), "value", points.group("value")),
                    List.of(u.span(points.start(), points.end())))));
        }
        for (int i = 0; i < SCORES.size(); i++) {
            Matcher m = PATTERNS.get(i).matcher(u.text());
            while (m.find()) {
                Score s = SCORES.get(i);
                // "act" is an English word (the Asthma Control Test is named so in Swedish talk); a limit rates nothing.
                if (SWEDISH_ONLY.contains(s.name()) && !swedish
                        || s.outOfTen() && LIMIT_BEFORE.matcher(u.text().substring(0, m.start("value"))).find()) {
                    continue;
                }
                String value = m.group("value");
                String text = s.outOfTen() ? s.name() + " " + value + "/10"
                        : s.name() + " " + value + (m.group("max") != null ? "/" + m.group("max") : "");
                facts.add(new Fact(Fact.Kind.SCORE, text, Map.of("name", s.name(), "value", value),
                        List.of(u.span(m.start(), m.end()))));
            }
        }
        if (facts.stream().noneMatch(f -> f.attributes().get("name").equals("NRS"))) {
            Matcher ten = OUT_OF_TEN.matcher(u.text());
            while (ten.find()) {
                if (LIMIT_BEFORE.matcher(u.text().substring(0, ten.start())).find()) {
                    continue;
                }
                facts.add(new Fact(Fact.Kind.SCORE, "NRS " + ten.group("value") + "/10", Map.of("name", "NRS", "value",
                        ten.group("value")), List.of(u.span(ten.start(), ten.end()))));
            }
        }
        return facts;
    }
}
