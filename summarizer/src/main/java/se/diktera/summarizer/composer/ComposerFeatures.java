package se.diktera.summarizer.composer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.diktera.summarizer.features.TextFeaturizer;
import se.diktera.summarizer.text.Utterance;

/**
 * The feature vectors of the composer's three models. Each looks at an utterance with its
 * neighbours: who speaks is told by what comes before and after (a question, "you", examination
 * words), whether it belongs in the note and where by the question it answers, the speaker, and
 * its place in the encounter; where also by the rest of its turn. The same code runs at training and at drafting.
 *
 * <p>Not thread-safe: it remembers the text features of the utterances it has seen, so that the
 * three models do not compute them three times. Use one per transcript.
 */
public final class ComposerFeatures {

    private static final Pattern QUESTION_START = Pattern.compile("^(?:and |so |och |men |så )?(?:do|did|does|have|has|"
            + "how|what|when|where|which|who|why|are|is|can|could|any|har|hade|hur|vad|när|var|vilka|vilken|vilket|"
            + "känner|upplever|tar|får|brukar|är|kan|röker|dricker)\\b");
    private static final Set<String> SECOND = Set.of("you", "your", "you're", "you've", "yours", "du", "dig", "din",
            "ditt", "dina", "ni", "er");
    private static final Set<String> FIRST = Set.of("i", "my", "me", "i'm", "i've", "mine", "jag", "mig", "mitt",
            "min", "mina", "mej");
    private static final Set<String> EXAM = Set.of("exam", "examination", "lungs", "heart", "palpate", "press", "pain",
            "auscultation", "murmur", "tender", "tenderness", "vitals", "blood", "pressure", "listen", "breath",
            "lungorna", "hjärtat", "status", "trycker", "lyssna", "lyssnar", "andas", "ont", "blodtrycket", "magen",
            "känner", "undersöka", "titta", "tittar");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int QUESTION_REACH = 8;
    private static final String[] BUCKETS = {"0", "1", "2", "3-5", "6-10", "11-20", "21+"};

    private final TextFeaturizer featurizer = new TextFeaturizer();
    private final Map<String, Map<String, Double>> seen = new HashMap<>();
    private final Text text = new Text();

    /** The text features of an utterance (or its neighbour), computed once per text, prefix and weight. */
    private final class Text {
        Map<String, Double> features(String t, String prefix, double weight, boolean characters) {
            return seen.computeIfAbsent(prefix + weight + characters + "\u0000" + t,
                    k -> featurizer.features(t, prefix, weight, characters));
        }
    }

    /** For the speaker-role model: the utterance, its neighbours and their cues. */
    public Map<String, Double> forRole(List<Utterance> us, int i) {
        Map<String, Double> f = new HashMap<>(text.features(us.get(i).text(), "u", 1.0, true));
        add(f, i > 0 ? text.features(us.get(i - 1).text(), "p", 0.5, false) : Map.of("p:start", 1.0));
        add(f, i + 1 < us.size() ? text.features(us.get(i + 1).text(), "n", 0.5, false) : Map.of("n:end", 1.0));
        cues(f, "c", us.get(i));
        if (i > 0) {
            cues(f, "pc", us.get(i - 1));
            f.put("same-segment:" + us.get(i - 1).segmentId().equals(us.get(i).segmentId()), 1.0);
        }
        if (i + 1 < us.size()) {
            cues(f, "nc", us.get(i + 1));
        }
        return f;
    }

    /** For the content selector: the utterance, the one before (the question it may answer), roles, place. */
    public Map<String, Double> forSelection(List<Utterance> us, List<Role> roles, int i) {
        Map<String, Double> f = new HashMap<>(text.features(us.get(i).text(), "u", 1.0, true));
        context(f, us, roles, i);
        return f;
    }

    /** For the section model: as for selection, plus the note template being written. */
    public Map<String, Double> forSection(List<Utterance> us, List<Role> roles, int i, String template) {
        Map<String, Double> f = forSelection(us, roles, i);
        f.put("template:" + template, 1.0);
        // The two neighbours after: an assessment or plan is often spelled out over several sentences.
        if (i + 1 < us.size()) {
            add(f, text.features(us.get(i + 1).text(), "n", 0.3, false));
        }
        // The rest of its segment (a speaker's turn, a stretch of speech between pauses): a turn keeps to a topic.
        String rest = restOfSegment(us, i);
        if (!rest.isEmpty()) {
            add(f, text.features(rest, "s", 0.5, false));
        }
        // The clinician's last question: an answer told over several utterances stays on its topic.
        for (int j = i - 1; j >= Math.max(0, i - QUESTION_REACH); j--) {
            if (roles.get(j) == Role.CLINICIAN && isQuestion(us.get(j))) {
                add(f, text.features(us.get(j).text(), "q", 0.5, false));
                f.put("q:back:" + bucket(i - j), 1.0);
                break;
            }
        }
        return f;
    }

    /** The other utterances of utterance {@code i}'s segment, in order (a segment's utterances lie next to each other). */
    private static String restOfSegment(List<Utterance> us, int i) {
        String segment = us.get(i).segmentId();
        int from = i;
        while (from > 0 && us.get(from - 1).segmentId().equals(segment)) {
            from--;
        }
        StringBuilder rest = new StringBuilder();
        for (int j = from; j < us.size() && us.get(j).segmentId().equals(segment); j++) {
            if (j != i) {
                rest.append(rest.length() == 0 ? "" : " ").append(us.get(j).text());
            }
        }
        return rest.toString();
    }

    private void context(Map<String, Double> f, List<Utterance> us, List<Role> roles, int i) {
        Role role = roles.get(i);
        f.put("role:" + role, 1.0);
        add(f, i > 0 ? text.features(us.get(i - 1).text(), "p", 0.5, false) : Map.of("p:start", 1.0));
        if (i > 0) {
            f.put("prev-role:" + roles.get(i - 1), 1.0);
            cues(f, "pc", us.get(i - 1));
        }
        cues(f, "c", us.get(i));
        int decile = decile(us, i);
        f.put("position:" + decile, 1.0);
        f.put("role-position:" + role + ":" + decile, 1.0);
    }

    private static void cues(Map<String, Double> f, String p, Utterance u) {
        String t = u.text().toLowerCase(Locale.ROOT);
        List<String> words = List.of(NON_WORD.split(t));
        f.put(p + ":question:" + (t.endsWith("?") || QUESTION_START.matcher(t).find()), 1.0);
        f.put(p + ":words:" + bucket(words.size()), 1.0);
        f.put(p + ":second:" + bucket((int) words.stream().filter(SECOND::contains).count()), 1.0);
        f.put(p + ":first:" + bucket((int) words.stream().filter(FIRST::contains).count()), 1.0);
        f.put(p + ":exam:" + bucket((int) words.stream().filter(EXAM::contains).count()), 1.0);
        f.put(p + ":digits:" + DIGIT.matcher(t).find(), 1.0);
    }

    private static int decile(List<Utterance> us, int i) {
        return us.size() <= 1 ? 0 : (int) Math.min(9, 10.0 * i / us.size());
    }

    private static boolean isQuestion(Utterance u) {
        String t = u.text().toLowerCase(Locale.ROOT);
        return t.endsWith("?") || QUESTION_START.matcher(t).find();
    }

    private static String bucket(int n) {
        return n <= 2 ? BUCKETS[n] : n <= 5 ? BUCKETS[3] : n <= 10 ? BUCKETS[4] : n <= 20 ? BUCKETS[5] : BUCKETS[6];
    }

    private static void add(Map<String, Double> into, Map<String, Double> more) {
        more.forEach((k, v) -> into.merge(k, v, Double::sum));
    }
}
