package se.diktera.summarizer.composer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The shape of talk: a question, and a bare yes or no that answers it. */
final class Questions {

    private static final Pattern START = Pattern.compile("^(?:and |so |now |okay |och |men |så )*(?:har|hade|hur|vad|när|"
            + "var|vilka|vilken|vilket|känner|upplever|tar|får|brukar|röker|dricker|snusar|sover|äter|är|kan|do|did|does|"
            + "have|has|how|what|when|where|which|who|why|are|is|can|could|any|were|was)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Set<String> NO = setOf("nej", "nä", "nix", "no", "nope", "aldrig", "never", "nah");
    private static final Set<String> YES = setOf("ja", "jo", "japp", "jaa", "yes", "yeah", "yep", "mhm", "uh-huh", "yup");
    private static final Set<String> ANSWER = setOf(
            "direkt", "riktigt", "egentligen", "much", "those", "any", "of",
            "nej", "nä", "nix", "no", "nope", "aldrig", "never", "nah", "inte", "alls", "det", "har", "jag", "i",
            "haven't", "have", "not", "don't", "do", "hasn't", "has", "she", "he", "hon", "han", "ja", "jo", "japp",
            "jaa", "yes", "yeah", "yep", "yup", "mhm", "uh-huh", "är", "it", "is", "um", "uh", "eh", "öh", "nothing",
            "none", "really", "at", "all", "that", "i've", "noticed", "gör", "nåt", "något", "sir", "ma'am", "okay",
            "okej", "no,", "nope,", "mm", "that's", "right", "correct", "absolutely", "definitely", "haft", "had",
            "any", "like", "ingen", "inget", "inga", "tror", "think", "so", "så", "ingenting", "nånting", "sånt", "vad", "vet",
            "särskilt", "speciellt");

    private Questions() {
    }

    /** A word set that lets a word stand twice in the source list. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static boolean isQuestion(String text) {
        String t = text.strip();
        return t.endsWith("?") || START.matcher(t).find();
    }

    private static final Set<String> YOU = setOf("du", "dig", "ni", "you", "your");

    private static final Set<String> NOT_A_SYMPTOM = setOf("en", "ett", "bra", "trevlig", "trevligt", "kul", "roligt",
            "a", "an", "good", "nice", "great", "fun", "weekend", "helg", "helgen", "semester", "vacation", "tid", "time",
            "frågor", "questions", "kaffe", "coffee");

    /** A fused finding about a symptom ("Ingen feber.", "Denies chest pain."), not small talk ("Ingen en bra helg."). */
    static boolean isSymptomTopic(String finding) {
        List<String> w = words(finding);
        return w.size() >= 2 && w.size() <= 5 && w.stream().noneMatch(NOT_A_SYMPTOM::contains);
    }

    /** An answer that begins with a no and goes on: "Nej, slutade för fem år sedan." */
    static boolean startsWithNo(String text) {
        List<String> w = words(text);
        return w.size() > 2 && NO.contains(w.get(0));
    }

    /** An answer that begins with a yes and goes on: "Yes, mostly at night." */
    static boolean startsWithYes(String text) {
        List<String> w = words(text);
        return w.size() > 2 && YES.contains(w.get(0));
    }

    /** Whether a question speaks to the listener: "har du", "do you". */
    static boolean addressesYou(String text) {
        return words(text).stream().anyMatch(YOU::contains);
    }

    static boolean isBareNo(String text) {
        List<String> w = words(text);
        return !w.isEmpty() && w.stream().anyMatch(x -> NO.contains(x) || x.equals("inte") || x.equals("not")
                || x.equals("ingen") || x.equals("nothing")) && ANSWER.containsAll(w) && w.size() <= 8;
    }

    static boolean isBareYes(String text) {
        List<String> w = words(text);
        return !w.isEmpty() && YES.contains(w.get(0)) && w.stream().noneMatch(x -> NO.contains(x) || x.equals("inte")
                || x.equals("not")) && ANSWER.containsAll(w) && w.size() <= 6;
    }

    private static List<String> words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(s -> !s.isEmpty()).toList();
    }
}
