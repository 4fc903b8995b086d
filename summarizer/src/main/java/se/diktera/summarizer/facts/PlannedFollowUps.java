package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.core.note.TranscriptSpan;
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
    /** A count or a range of counts: "två", "ett par", "2, 3", "2-3", "2 till 3", "2 eller 3". */
    static final String COUNTS = "(?:ett par|" + Phrases.COUNT + "(?:(?:,\\s*|\\s*[-–]\\s*|\\s+till\\s+|\\s+eller\\s+)\\d+)?)";
    /** A time ahead: "om två veckor", "om 2, 3 dagar", "på torsdag", "nästa vecka", "imorgon" (never "i torsdags"). */
    static final Pattern AHEAD = Pattern.compile("\\b(?:om (?:ungefär |cirka )?" + COUNTS
            + " (?:dagar|dag|dygn|veckor|vecka|månader|månad|år)|på (?:måndag|tisdag|onsdag|torsdag|fredag)|nästa vecka"
            + "|i morgon|imorgon|i övermorgon)\\b", FLAGS);
    /**
     * "…, då ringer ni 112", "…, så hör du av dig", "…, kom tillbaka", "…, då åker ni in direkt": whom to call or where to
     * go after a condition.
     */
    private static final Pattern CALL = Pattern.compile("(?:^|,\\s*|\\s+(?=(?:då|så)\\s)"
            + "|\\s+(?=(?:hör av (?:dig|er)|ring (?:oss|mig|direkt|genast)|ringer (?:du|ni)|sök akut|kom tillbaka)\\b))(?:då |så )?"
            + "(?:ska (?:du|ni) )?(?:också |även |genast )?(?<verb>ringer|ringa|ring|hör|höra|kontaktar|kontakta|söker|söka|sök"
            + "|kom(?:mer|ma)?(?=(?:\\s+(?:du|ni))?\\s+tillbaka\\b)|åker(?=\\s+(?:du|ni)\\s+in\\b))(?!\\p{L})"
            + "(?:\\s+(?:du|ni))?(?:\\s+(?:tillbaka|in)\\b)?(?:\\s+av (?:dig|er))?(?:\\s+till)?(?:\\s+(?<whom>oss|mig|hit|112|1177|"
            + "hemsjukvården|vårdcentralen|mottagningen|hälsocentralen|akuten|akut|direkt))?(?:\\s+(?<now>direkt|genast|samma dag))?", FLAGS);
    /** A condition said first: "Om du får ...", "Blir du ...", "Har hon fortfarande feber om 2 dagar, så ...", "Är du inte bättre ...". */
    private static final Pattern CONDITION = Pattern.compile("^(?:och |men |sen )?(?:om|blir|får|går|skulle|har|är|if)\\b", FLAGS);
    /** A condition starting inside a sentence: "om du får" but not "tre gånger om dagen". */
    private static final Pattern LATER_CONDITION = Pattern.compile("(?<=\\s|,)(?<if>om)\\s+(?!dagen|natten|morgonen|kvällen|"
            + "veckan|året|månaden|\\d)\\p{L}", FLAGS);
    /** "från i morgon", "från och med på måndag": when something starts, not when to meet. */
    private static final Pattern START_BEFORE = Pattern.compile("\\b(?:från|fr o m|från och med|fram till|till och med|förrän|tills)\\s*$",
            FLAGS);
    /** "på måndag, onsdag och fredag": days of a schedule. */
    private static final Pattern DAY_AFTER = Pattern.compile("\\s*,?\\s*(?:och\\s+)?(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\\b",
            FLAGS);
    /** "dottern kommer på onsdag": a relative's own plans are small talk. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("\\b(?:dotter|dottern|son|sonen|maken|make|frun|hustrun|"
            + "mannen|barnen|barnbarn\\p{L}*|grabben|flickan|pojken|svärdotter\\p{L}*|svärson\\p{L}*|syster\\p{L}*|bror\\p{L}*|"
            + "brodern|grann\\p{L}*)\\s+(?:\\p{L}+\\s+)?(?:kommer|ska|åker|fyller|har|flyttar|reser|hälsar)\\b(?:\\s+\\p{L}+){0,2}\\s*$",
            FLAGS);
    /** "ringer dig", "ringer upp er" (the subject gone): the clinic calls back, written "Telefonkontakt". */
    private static final Pattern CALL_BACK = Pattern.compile("^ringer (?:upp )?(?:dig|er)\\b(?: igen)?", FLAGS);
    /** An utterance the splitter cut within its sentence: no stop at its end. */
    private static final Pattern SENTENCE_GOES_ON = Pattern.compile("[^.?!]\\s*$");
    private static final Pattern LEADING = Pattern.compile("^(?:och|sen|så|då|men|eh|alltså)\\s+", FLAGS);
    private static final Pattern SUBJECT = Pattern.compile("^(?:(?:jag|vi)\\s+(?=\\p{L}))|(?<=^\\p{L}{2,12}\\s)(?:jag|vi)\\s+", FLAGS);
    /** Longer than an unpunctuated recogniser utterance (cut at 40 words) is a monologue, not a plan. */
    private static final int MAX_WORDS = 40;
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
            Optional<Fact> condition = conditional(u, sentence, at, 0);
            condition.ifPresent(facts::add);
            // Each time ahead is a plan of its own: "jag ringer imorgon ... sen kommer jag på fredag".
            Matcher ahead = AHEAD.matcher(sentence);
            int lastEnd = -1;
            while (ahead.find() && sentence.split("\\s+").length <= MAX_WORDS) {
                boolean sameTime = lastEnd >= 0 && sentence.substring(lastEnd, ahead.start()).matches("[\\s,]*");
                lastEnd = ahead.end();
                if (sameTime || notAPlan(sentence, ahead) || condition.isPresent() && within(condition.get(), u.span(at + ahead.start(),
                        at + ahead.end()))) {
                    // "om 1 vecka, på tisdag nästa vecka" is one time; a schedule or a relative's visit is no plan; the time of a
                    // condition ("har hon feber om 2, 3 dagar, kom tillbaka") is part of it.
                    continue;
                }
                String clause = clean(around(sentence, ahead.start(), ahead.end()));
                facts.add(new Fact(Fact.Kind.FOLLOW_UP, clause, Map.of("phrase", Phrases.lower(ahead.group())),
                        List.of(u.span(at, at + sentence.length()))));
            }
        }
        return facts;
    }

    /**
     * A time that is no follow-up: the start of a schedule ("från i morgon tar du 1 tablett på
     * måndag, onsdag ..."), a weekday in a list of days, or a relative's own doings ("dottern kommer på onsdag").
     */
    private static boolean notAPlan(String sentence, Matcher ahead) {
        String before = sentence.substring(0, ahead.start());
        String after = sentence.substring(ahead.end());
        return START_BEFORE.matcher(before).find() || Phrases.lower(ahead.group()).startsWith("på ")
                && DAY_AFTER.matcher(after).lookingAt() || RELATIVE_BEFORE.matcher(before).find();
    }

    /** Whether the time at {@code span} lies within what {@code f} rests on. */
    private static boolean within(Fact f, TranscriptSpan span) {
        return f.evidence().stream().anyMatch(e -> e.segmentId().equals(span.segmentId()) && e.startMs() <= span.startMs()
                && span.endMs() <= e.endMs());
    }

    /**
     * A condition cut from its call by the utterance splitter: "Om du får mycket ont i magen," –
     * "då ringer du oss.", or within a long sentence: "Och om det börjar rinna ur örat, ... eller om hon blir slö" – "och
     * inte vill dricka, då ska ni höra av er direkt." Empty unless {@code first} states a condition and {@code second} the
     * call, in the same sentence.
     */
    static Optional<Fact> acrossUtterances(Utterance first, Utterance second, String language) {
        if (!language.startsWith("sv") || !first.segmentId().equals(second.segmentId())
                || !second.text().matches("(?iu)^(?:då|så)\\s.*") && !SENTENCE_GOES_ON.matcher(first.text()).find()) {
            return Optional.empty();
        }
        List<Word> words = new ArrayList<>(first.words());
        words.addAll(second.words());
        Utterance both = new Utterance(first.segmentId(), first.speaker(), words, language);
        return conditional(both, both.text(), 0, first.text().length());
    }

    /** The first call at or after {@code from} in {@code sentence} with a condition before it, as a follow-up. */
    private static Optional<Fact> conditional(Utterance u, String sentence, int at, int from) {
        Matcher call = CALL.matcher(sentence);
        while (call.find()) {
            if (call.start("verb") < from || call.start() == 0) {
                continue;
            }
            String before = sentence.substring(0, call.start()).stripTrailing();
            int condition = conditionStart(before);
            if (condition < 0) {
                continue;
            }
            String whom = call.group("whom") == null ? "" : Phrases.lower(call.group("whom"));
            String said = Phrases.firstWords(clean(before.substring(condition)).replaceFirst("(?iu)^(?:om|if)\\s+", ""), CONDITION_WORDS);
            String now = call.group("now") == null ? "" : Phrases.lower(call.group("now"));
            String lead = lead(Phrases.lower(call.group("verb")), whom, now);
            return Optional.of(new Fact(Fact.Kind.FOLLOW_UP, lead + Phrases.lower(said.substring(0, 1))
                    + said.substring(1), Map.of("phrase", Phrases.lower(sentence.substring(call.start(), call.end()))),
                    List.of(u.span(at + condition, at + call.end()))));
        }
        return Optional.empty();
    }

    /**
     * Where the condition before a call starts: at the start ("Om du får feber, ..."), else at the
     * last "om" in the words before it ("... men om du får feber då hör du av dig"); -1 when none.
     */
    private static int conditionStart(String before) {
        if (CONDITION.matcher(before.strip()).find()) {
            return before.length() - before.stripLeading().length();
        }
        int start = -1;
        Matcher m = LATER_CONDITION.matcher(before);
        while (m.find()) {
            start = m.start("if");
        }
        return start;
    }

    /**
     * How a note writes the call: "Ring 112 om", "Söka akut om" when told to seek care (as said:
     * "söka akut", "söka direkt", "åker in direkt"), "Åter om" when told to come back, else "Hör av sig om", "Hör av sig
     * direkt om" when said so.
     */
    private static String lead(String verb, String whom, String now) {
        if (whom.equals("112") || whom.equals("1177")) {
            return "Ring " + whom + " om ";
        }
        boolean direct = !now.isEmpty() || whom.equals("direkt");
        if (verb.startsWith("kom")) {
            // "kom tillbaka": a new visit, written "Åter om".
            return "Åter om ";
        }
        if (verb.startsWith("sök") || verb.equals("åker")) {
            String where = whom.startsWith("akut") || whom.equals("direkt") ? whom + " " : "";
            return "Söka " + where + (now.isEmpty() ? "" : now + " ") + "om ";
        }
        return direct ? "Hör av sig " + (now.isEmpty() ? "direkt" : now) + " om " : "Hör av sig om ";
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

    /** The clause as a note writes it: fillers and the subject gone, the patient as "pat", no end stop. */
    private static String clean(String clause) {
        String c = clause.strip().replaceAll("\\s+", " ").replaceAll("[.!,;]+$", "").strip();
        c = LEADING.matcher(c).replaceFirst("");
        c = LEADING.matcher(c).replaceFirst("");
        c = SUBJECT.matcher(c).replaceFirst("");
        c = CALL_BACK.matcher(c).replaceFirst("telefonkontakt");
        c = Phrases.patientAsPat(c);
        return Phrases.capitalise(c);
    }
}
