package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.summarizer.text.Utterance;

/**
 * Functional tests done during a visit, told by how they are asked for and read out while the
 * patient does them: "när jag säger gå så reser du dig, går till strumpan, vänder och sätter dig"
 * ... "18 sekunder" is TUG 18 s, "ställ ena foten framför den andra" ... "3 sekunder" is
 * tandemstående 3 s, "stå på ett ben" ... "inte ens 5 sekunder" enbensstående &lt;5 s, "res dig så
 * många gånger du kan på 30 sekunder" ... "7 stycken" the 30 s uppresningstest 7 st, "krama
 * mätaren med höger hand" ... "15 kilo" greppkraft hö 15 kg. The value is the first one with the
 * test's unit said within a few utterances after the instruction (the instruction's own rest
 * included); an exercise prescribed ("stå på ett ben vid diskbänken, 30 sekunder") is no test.
 * Swedish only.
 */
final class FunctionalTests {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** How many utterances after its instruction a test's result may come (the patient walks, stands, rises). */
    private static final int REACH = 10;

    private enum Unit { SECONDS, COUNT, KILOS }

    private record Test(String name, Pattern cue, Unit unit) {
    }

    private static final List<Test> TESTS = List.of(
            new Test("TUG", cue("timed up and go|tug|när jag säger gå|(?:reser|res) du dig,? (?:och )?går|res dig,? (?:och )?gå"),
                    Unit.SECONDS),
            new Test("Tandemstående", cue("tandem\\p{L}*|ena foten (?:rakt )?framför den andra|fot framför fot|"
                    + "hälen (?:mot|framför) tårna"), Unit.SECONDS),
            new Test("Enbensstående", cue("enbensstå\\p{L}*|(?:stå|står) på (?:ett|ena) ben(?:et)?"), Unit.SECONDS),
            new Test("Uppresningstest", cue("uppresningstest\\p{L}*|så många gånger (?:du kan|som möjligt)"), Unit.COUNT),
            new Test("Greppkraft", cue("greppkraft\\p{L}*|krama (?:den här |denna |min )?(?:mätaren|mätare|dynamometern)|"
                    + "handdynamometer\\p{L}*|jamar"), Unit.KILOS));

    private static final Pattern SECONDS = Pattern.compile("(?<![\\d,.])(?<below>(?:inte ens|under|mindre än|knappt)\\s+)?"
            + "(?<v>\\d{1,3}(?:,\\d)?)\\s*(?:sekunder|sekund|sek|s)\\b", FLAGS);
    private static final Pattern COUNT = Pattern.compile("(?<![\\d,.])(?<v>\\d{1,2})\\s*(?:stycken|st|gånger|ggr|uppresningar)\\b"
            + "(?!\\s+(?:om dagen|i veckan|per|varje|3 omgångar|omgångar))|^\\s*(?<bare>\\d{1,2})\\s*[.!]?\\s*$", FLAGS);
    private static final Pattern KILOS = Pattern.compile("(?<![\\d,.])(?<v>\\d{1,2}(?:,\\d)?)\\s*(?:kilo|kg)\\b", FLAGS);
    private static final Pattern SIDE = Pattern.compile("\\b(?<side>höger|vänster|högra|vänstra)\\b", FLAGS);
    private static final Pattern THIRTY = Pattern.compile("\\b30 sekunder", FLAGS);
    /** Words of an exercise prescribed rather than a test done: "vid diskbänken", "3 omgångar", "varje dag". */
    private static final Pattern EXERCISE = Pattern.compile("\\b(?:övning\\p{L}*|\\p{L}*program\\p{L}*|omgång\\p{L}*|diskbänk\\p{L}*|"
            + "hemma|varje dag|i veckan|om dagen|träna\\p{L}*|tränar)\\b", FLAGS);

    private FunctionalTests() {
    }

    private static Pattern cue(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])", FLAGS);
    }

    /** The functional tests of {@code us} with their results, each with the index of the utterance the result was said in. */
    static List<FactExtractor.Said> find(List<Utterance> us, boolean swedish) {
        List<FactExtractor.Said> found = new ArrayList<>();
        if (!swedish) {
            return found;
        }
        for (Test test : TESTS) {
            int from = 0;
            for (int i = 0; i < us.size(); i++) {
                if (i < from) {
                    continue;
                }
                Matcher c = test.cue().matcher(us.get(i).text());
                if (!c.find() || prescribed(us, i)) {
                    continue;
                }
                TranscriptSpan cue = us.get(i).span(c.start(), c.end());
                TranscriptSpan thirty = null;
                String side = null;
                for (int j = i; j < us.size() && j <= i + REACH; j++) {
                    String text = us.get(j).text();
                    int start = j == i ? c.end() : 0;
                    if (j > i && test.cue().matcher(text).find()) {
                        // Asked for again: the result, if any, belongs to the new instruction.
                        break;
                    }
                    Matcher t30 = THIRTY.matcher(text);
                    if (thirty == null && t30.find()) {
                        thirty = us.get(j).span(t30.start(), t30.end());
                    }
                    Matcher v = (test.unit() == Unit.SECONDS ? SECONDS : test.unit() == Unit.COUNT ? COUNT : KILOS).matcher(text);
                    v.region(start, text.length());
                    boolean any = false;
                    while (v.find()) {
                        String value = v.group("v") != null ? v.group("v") : v.group("bare");
                        if (test.unit() == Unit.COUNT && v.group("v") != null && value.equals("30")) {
                            continue;
                        }
                        if (test.unit() == Unit.KILOS) {
                            side = lastSide(text, v.start(), side);
                            if (side == null) {
                                continue;
                            }
                        }
                        if (test.unit() == Unit.SECONDS && j == i && v.start() - c.end() > 40) {
                            continue;
                        }
                        found.add(new FactExtractor.Said(fact(test, value, v, us.get(j), cue, thirty, side), j));
                        any = true;
                        from = j + 1;
                        if (test.unit() != Unit.KILOS) {
                            break;
                        }
                    }
                    if (any && test.unit() != Unit.KILOS) {
                        break;
                    }
                    if (test.unit() == Unit.KILOS) {
                        side = lastSide(text, text.length(), side);
                    }
                }
            }
        }
        return found;
    }

    /** Whether the instruction in utterance {@code i} prescribes an exercise (its own words or the two before). */
    private static boolean prescribed(List<Utterance> us, int i) {
        return Phrases.saidWithin(us, i, 2, EXERCISE);
    }

    /** The side named last in {@code text} before {@code end}, or {@code otherwise} when none is. */
    private static String lastSide(String text, int end, String otherwise) {
        Matcher s = SIDE.matcher(text).region(0, end);
        String side = otherwise;
        while (s.find()) {
            side = s.group("side");
        }
        return side;
    }

    private static Fact fact(Test test, String value, Matcher v, Utterance u, TranscriptSpan cue, TranscriptSpan thirty,
            String side) {
        List<TranscriptSpan> evidence = new ArrayList<>(List.of(u.span(v.start(), v.end())));
        for (TranscriptSpan extra : Arrays.asList(cue, test.unit() == Unit.COUNT ? thirty : null)) {
            if (extra != null && !evidence.contains(extra)) {
                evidence.add(extra);
            }
        }
        return switch (test.unit()) {
            case SECONDS -> {
                String shown = (v.group("below") != null ? "<" : "") + value;
                yield new Fact(Fact.Kind.SCORE, test.name() + " " + shown + " s", Map.of("name", test.name(), "value", shown),
                        evidence);
            }
            case COUNT -> {
                String name = thirty != null ? "30 s uppresningstest" : test.name();
                String unit = v.group("v") != null && Phrases.lower(v.group()).matches(".*(?:gånger|ggr)\\s*$") ? " ggr" : " st";
                yield new Fact(Fact.Kind.SCORE, Phrases.capitalise(name) + " " + value + unit, Map.of("name", name, "value", value),
                        evidence);
            }
            case KILOS -> {
                String name = test.name() + (Phrases.lower(side).startsWith("h") ? " hö" : " vä");
                yield new Fact(Fact.Kind.SCORE, name + " " + value + " kg", Map.of("name", name, "value", value), evidence);
            }
        };
    }
}
