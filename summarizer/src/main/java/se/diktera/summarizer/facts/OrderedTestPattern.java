package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * Tests sent or ordered, in Swedish, where the note records the test without a result yet: a
 * culture taken or sent ("Jag skickar också iväg en urinodling" → "urinodling skickad", "Vi skickar
 * iväg kisset på odling" → "U-odling skickad", "så tar jag en odling från såret" → "sårodling
 * tagen") and blood tests ordered by the names a clinician says to a patient ("vi tar blodprover:
 * järnvärden och leverprover" → "järnstatus beställt", "leverprover beställt"). A culture that is
 * not needed ("Vi behöver ingen odling nu") or an answer awaited ("odlingssvaret") is none.
 */
final class OrderedTestPattern implements FactPattern {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A clause that takes or sends a culture; the site is said before the word ("urinodling") or after it ("från såret"). */
    private static final Pattern CULTURE = Pattern.compile("\\b(?<verb>skickar|skicka|skickat|skickade|tar|ta|tagit|tog)\\b"
            + "(?<between>[^.?!]{0,40}?)\\b(?<site>urin|sår|svalg|blod|sputum|nasofarynx)?odling(?!s?svar)\\b(?<after>[^.?!,]{0,25})",
            FLAGS);
    private static final Pattern NEGATED = Pattern.compile("\\b(?:ingen|inte|inga|behövs? inte)\\b", FLAGS);
    /** Blood tests as said to a patient, with the name the note uses. */
    private static final Map<String, String> ORDERED = Map.of(
            "järnvärden", "järnstatus", "järnstatus", "järnstatus", "järnprov", "järnstatus",
            "leverprover", "leverprover", "levervärden", "leverprover",
            "prov för bukspottkörteln", "pankreasamylas", "bukspottkörtelprov", "pankreasamylas",
            "sköldkörtelprov", "TSH", "ämnesomsättningsprov", "TSH");
    private static final Pattern ORDER_CLAUSE = Pattern.compile("\\b(?:tar vi|vi tar|jag tar|beställer|beställa|remitterar|skickar)\\b"
            + "[^.?!]{0,20}?\\b(?:blodprov\\p{L}*|prov\\p{L}*)\\b", FLAGS);

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        if (!swedish) {
            return facts;
        }
        String text = u.text();
        Matcher c = CULTURE.matcher(text);
        while (c.find()) {
            if (NEGATED.matcher(c.group("between")).find()) {
                continue;
            }
            String site = c.group("site") != null ? Phrases.lower(c.group("site")) : site(c.group("between") + " " + c.group("after"));
            if (site == null) {
                continue;
            }
            String name = site.equals("U") ? "U-odling" : site + "odling";
            String value = Phrases.lower(c.group("verb")).startsWith("skick") ? "skickad" : "tagen";
            facts.add(new Fact(Fact.Kind.LAB, name + " " + value, Map.of("name", name, "value", value),
                    List.of(u.span(c.start(), c.end()))));
        }
        Matcher order = ORDER_CLAUSE.matcher(text);
        if (order.find()) {
            String rest = Phrases.lower(text.substring(order.start()));
            int clauseEnd = firstEnd(rest);
            String clause = rest.substring(0, clauseEnd);
            ORDERED.keySet().stream().filter(clause::contains).sorted(Comparator.comparingInt(clause::indexOf)).forEach(said -> {
                String name = ORDERED.get(said);
                if (facts.stream().noneMatch(f -> f.attributes().get("name").equals(name))) {
                    int start = order.start() + clause.indexOf(said);
                    facts.add(new Fact(Fact.Kind.LAB, name + " beställt", Map.of("name", name, "value", "beställt"),
                            List.of(u.span(order.start(), order.end()), u.span(start, start + said.length()))));
                }
            });
        }
        return facts;
    }

    /** The site of a culture said around the word: the wound, the urine (in any words a parent uses), the throat. */
    private static String site(String around) {
        String a = Phrases.lower(around);
        if (a.matches("(?s).*\\bsår\\p{L}*.*")) {
            return "sår";
        }
        if (a.matches("(?s).*\\b(?:kiss\\p{L}*|urin\\p{L}*)\\b.*")) {
            return "U";
        }
        if (a.matches("(?s).*\\b(?:hals\\p{L}*|svalg\\p{L}*)\\b.*")) {
            return "svalg";
        }
        return null;
    }

    private static int firstEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (".?!".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
