package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.text.Utterance;

/**
 * Follow-ups said as plans rather than with a word for them, in Swedish: a clause with a time ahead
 * in it ("Jag kommer tillbaka om två veckor och väger dig igen", "Sen tar vi nya prover, Hb och
 * ferritin, om åtta veckor") is the plan for that time; a condition and whom to call ("Om han får
 * svårt att andas i vila, då ringer ni 112") is when to seek care. The text is the clause as said,
 * subject and fillers dropped and the patient as "pat".
 */
final class PlannedFollowUps implements FactPattern {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A time ahead: "om två veckor", "på torsdag", "nästa vecka", "imorgon" (never "i torsdags"). */
    private static final Pattern AHEAD = Pattern.compile("\\b(?:om (?:ungefär |cirka )?" + Phrases.COUNT
            + " (?:dagar|dag|dygn|veckor|vecka|månader|månad|år)|på (?:måndag|tisdag|onsdag|torsdag|fredag)|nästa vecka"
            + "|i morgon|imorgon|i övermorgon)\\b", FLAGS);
    /** "…, då ringer ni 112", "…, så hör du av dig": whom to call after a condition. */
    private static final Pattern CALL = Pattern.compile("(?:^|,\\s*|\\s+(?=(?:då|så)\\s))(?:då |så )?(?:ska (?:du|ni) )?(?:ringer|ringa|ring|hör|höra|"
            + "kontaktar|kontakta|söker|söka)\\s+(?:(?:du|ni)\\s+)?(?:av (?:dig|er)\\s*)?(?:till\\s+)?(?<whom>oss|mig|112|1177|"
            + "hemsjukvården|vårdcentralen|mottagningen|hälsocentralen|akuten|direkt)?", FLAGS);
    private static final Pattern CONDITION = Pattern.compile("^(?:och |men |sen )?(?:om|blir|får|går|skulle|if)\\b", FLAGS);
    private static final Pattern LEADING = Pattern.compile("^(?:och|sen|så|då|men|eh|alltså)\\s+", FLAGS);
    private static final Pattern SUBJECT = Pattern.compile("^(?:(?:jag|vi)\\s+(?=\\p{L}))|(?<=^\\p{L}{2,12}\\s)(?:jag|vi)\\s+", FLAGS);
    private static final int MAX_WORDS = 16;
    /** A note keeps a plan short: a few words either side of its time, the first words of a condition. */
    private static final int BEFORE = 5;
    private static final int AFTER = 4;
    private static final int CONDITION_WORDS = 10;

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        if (!swedish) {
            return facts;
        }
        String text = u.text();
        int from = 0;
        for (String sentence : text.split("(?<=[.?!])\\s+")) {
            int at = text.indexOf(sentence, from);
            from = at + sentence.length();
            if (sentence.strip().endsWith("?")) {
                continue;
            }
            conditional(u, sentence, at).ifPresent(facts::add);
            Matcher ahead = AHEAD.matcher(sentence);
            if (ahead.find() && sentence.split("\\s+").length <= MAX_WORDS) {
                String clause = clean(around(sentence, ahead.start(), ahead.end()));
                facts.add(new Fact(Fact.Kind.FOLLOW_UP, clause, Map.of("phrase", Phrases.lower(ahead.group())),
                        List.of(u.span(at, at + sentence.length()))));
            }
        }
        return facts;
    }

    /**
     * A condition cut from its call by the utterance splitter: "Om du får mycket ont i magen," –
     * "då ringer du oss." Empty unless {@code first} states a condition and {@code second} the call.
     */
    static Optional<Fact> acrossUtterances(Utterance first, Utterance second, String language) {
        if (!language.startsWith("sv") || !first.segmentId().equals(second.segmentId())
                || !CONDITION.matcher(first.text().strip()).find() || !second.text().matches("(?iu)^(?:då|så)\\s.*")) {
            return Optional.empty();
        }
        List<Word> words = new ArrayList<>(first.words());
        words.addAll(second.words());
        Utterance both = new Utterance(first.segmentId(), first.speaker(), words, language);
        return conditional(both, both.text(), 0);
    }

    private static Optional<Fact> conditional(Utterance u, String sentence, int at) {
        Matcher call = CALL.matcher(sentence);
        while (call.find()) {
            String before = sentence.substring(0, call.start()).strip();
            if (call.start() == 0 || !CONDITION.matcher(before).find()) {
                continue;
            }
            String whom = call.group("whom") == null ? "" : Phrases.lower(call.group("whom"));
            String condition = firstWords(clean(before).replaceFirst("(?iu)^(?:om|if)\\s+", ""), CONDITION_WORDS);
            String lead = whom.equals("112") || whom.equals("1177") ? "Ring " + whom + " om " : "Hör av sig om ";
            return Optional.of(new Fact(Fact.Kind.FOLLOW_UP, lead + Phrases.lower(condition.substring(0, 1))
                    + condition.substring(1), Map.of("phrase", Phrases.lower(sentence.substring(call.start(), call.end()))),
                    List.of(u.span(at, at + call.end()))));
        }
        return Optional.empty();
    }

    /** The words of {@code sentence} around {@code [start, end)}: at most {@link #BEFORE} before and {@link #AFTER} after, within its clause. */
    private static String around(String sentence, int start, int end) {
        String head = sentence.substring(0, start);
        int comma = head.lastIndexOf(", ");
        head = comma >= 0 && !head.substring(comma + 2).isBlank() ? head.substring(comma + 2) : head;
        String[] before = head.strip().isEmpty() ? new String[0] : head.strip().split("\\s+");
        String tail = sentence.substring(end);
        int stop = tail.indexOf(',');
        tail = stop >= 0 ? tail.substring(0, stop) : tail;
        String[] after = tail.strip().isEmpty() ? new String[0] : tail.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(before, Math.max(0, before.length - BEFORE), before.length))
                + " " + sentence.substring(start, end) + " "
                + String.join(" ", Arrays.copyOfRange(after, 0, Math.min(AFTER, after.length)));
    }

    private static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(n, words.length)));
    }

    /** The clause as a note writes it: fillers and the subject gone, the patient as "pat", no end stop. */
    private static String clean(String clause) {
        String c = clause.strip().replaceAll("\\s+", " ").replaceAll("[.!,;]+$", "");
        c = LEADING.matcher(c).replaceFirst("");
        c = LEADING.matcher(c).replaceFirst("");
        c = SUBJECT.matcher(c).replaceFirst("");
        c = c.replaceAll("(?iu)\\b(?:dig|du|han|hon|honom|henne)\\b", "pat");
        return Phrases.capitalise(c);
    }
}
