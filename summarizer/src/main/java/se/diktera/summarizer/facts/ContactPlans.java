package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * Whom the speaker will contact about the patient, in Swedish: "Jag pratar med doktorn om
 * Citodonet" is "Kontakt med läkare ang. Citodonet", "Jag ringer doktor Åström när jag är tillbaka"
 * is "Kontakt med dr Åström", "Då kontaktar jag biståndshandläggaren om matlådorna" is "Kontakt med
 * biståndshandläggaren ang. matlådorna". A call made at once ("jag ringer doktorn nu direkt") is
 * part of the visit, not a plan.
 */
final class ContactPlans implements FactPattern {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The doctor: "doktorn", "läkaren", "din läkare", "doktor Åström", "dr Nilsson". */
    private static final String DOCTOR = "(?<doctor>(?:din |er )?(?:doktorn|läkaren|läkare)|(?:doktor|dr) (?<name>\\p{Lu}\\p{L}+))";
    /** Others a nurse or therapist contacts about the patient. */
    private static final String OTHER = "(?<other>biståndshandläggare\\p{L}*|arbetsterapeut\\p{L}*|fysioterapeut\\p{L}*"
            + "|kurator\\p{L}*|dietist\\p{L}*|fotvården|tandläkare\\p{L}*)";
    /** A name said before the role: "Erik, fysioterapeuten", "Åsa, doktorn på vårdcentralen". */
    private static final String NAMED = "(?:\\p{Lu}\\p{L}+, )?";
    /**
     * "jag pratar med doktorn", "så meddelar jag läkaren", "vi kontaktar biståndshandläggaren", "jag skickar ett meddelande
     * till din läkare", "tar jag det med doktorn", "det skriver jag till doktorn om", "till doktorn skriver jag om yrseln";
     * never "jag pratade med" (done).
     */
    private static final Pattern CONTACT = Pattern.compile("\\b(?:(?:jag|vi) (?:pratar (?:också )?med|kontaktar|meddelar|ringer(?: till)?"
            + "|skickar ett meddelande till|skriver till|tar (?:upp )?det med)|(?:pratar|kontaktar|meddelar|ringer|tar|skriver) (?:jag|vi)"
            + "(?: det)?(?: också)?(?: med| till)?|till(?= " + NAMED + "(?:doktorn|läkaren) skriver (?:jag|vi)\\b)) " + NAMED
            + "(?:" + DOCTOR + "|" + OTHER + ")(?: skriver (?:jag|vi))?\\b", FLAGS);
    /** Said right after: the call is made now, during the visit ("jag ringer doktorn nu direkt"). */
    private static final Pattern NOW = Pattern.compile("^(?:[\\s,]+\\p{Lu}?\\p{L}*,?)?[\\s,]*(?:på \\p{L}+[\\s,]+)?(?:nu|direkt)\\b", FLAGS);
    /** What about: "om Citodonet", "om blodtrycket och Amlodipinet", "om att han äter så lite". */
    private static final Pattern ABOUT = Pattern.compile("^[^.?!,]{0,30}?\\bom (?!det\\b)(?<what>[^.?!,]+)", FLAGS);
    private static final Pattern STOP = Pattern.compile("[.?!]");
    /** The words of the topic a note keeps. */
    private static final int TOPIC_WORDS = 6;

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        if (!swedish) {
            return facts;
        }
        String text = u.text();
        Matcher m = CONTACT.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            if (NOW.matcher(after).lookingAt() || sentenceOf(text, m.start()).strip().endsWith("?")) {
                continue;
            }
            String whom = m.group("name") != null ? "dr " + m.group("name") : m.group("doctor") != null ? "läkare"
                    : Phrases.lower(m.group("other"));
            Matcher about = ABOUT.matcher(after);
            boolean hasTopic = about.find();
            String topic = hasTopic ? topic(about.group("what")) : "";
            int end = hasTopic ? m.end() + about.end("what") : m.end();
            String said = "Kontakt med " + whom + (topic.isEmpty() ? "" : " ang. " + topic);
            facts.add(new Fact(Fact.Kind.FOLLOW_UP, said, Map.of("phrase", Phrases.lower(m.group())),
                    List.of(u.span(m.start(), end))));
        }
        return facts;
    }

    /** The sentence of {@code text} around {@code at}. */
    private static String sentenceOf(String text, int at) {
        int start = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("? ", at)), text.lastIndexOf("! ", at));
        Matcher stop = STOP.matcher(text);
        int end = stop.find(at) ? stop.end() : text.length();
        return text.substring(start < 0 ? 0 : start + 2, end);
    }

    /** The topic as a note keeps it: its first words, the patient as "pat" ("om att han äter så lite" → "att pat äter så lite"). */
    private static String topic(String about) {
        return Phrases.patientAsPat(Phrases.firstWords(about, TOPIC_WORDS));
    }

    @Override
    public boolean plansStandBesideOthers() {
        return true;
    }
}
