package se.diktera.summarizer.drafting;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.summarizer.text.Utterance;

/**
 * Reads the shape of talk: fillers that carry nothing, questions, and bare yes/no answers, so
 * that "Har du feber?" – "Nej." becomes the pertinent negative "Ingen feber."
 */
final class Conversation {

    private static final Set<String> FILLERS = Set.of(
            "ja", "jo", "jaha", "jaså", "nej", "nä", "okej", "ok", "okay", "mm", "mhm", "hm", "hmm", "eh", "öh", "ehm",
            "tack", "hej", "hejsan", "bra", "precis", "aha", "så", "absolut", "visst", "välkommen", "och", "god", "morgon",
            "dag", "yes", "yeah", "yep", "no", "nope", "uh", "um", "er", "thanks", "thank", "you", "hi", "hello", "good",
            "right", "great", "sure", "alright", "oh", "well", "welcome", "morning", "afternoon", "and", "fine");
    private static final Set<String> NO = Set.of("nej", "nä", "nix", "no", "nope", "aldrig", "never");
    private static final Set<String> YES = Set.of("ja", "jo", "japp", "yes", "yeah", "yep");
    private static final Set<String> ANSWER_WORDS = Set.of("nej", "nä", "nix", "no", "nope", "aldrig", "never", "inte",
            "det", "har", "jag", "i", "haven't", "have", "not", "don't", "do", "hasn't", "has", "she", "he", "hon", "han",
            "ja", "jo", "japp", "yes", "yeah", "yep", "är", "it", "is");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SV_QUESTION = Pattern.compile("^(?:och |men |så )?(?:har|hade|känner|upplever|får) "
            + "(?:du|ni|hon|han) (?:haft |känt |märkt |fått |sig |dig )?(?<article>någon |något |några |nån |nåt |nåra )?"
            + "(?<what>.+?)(?: nu| idag| senaste tiden| på sistone)?\\??$", FLAGS);
    private static final Pattern EN_QUESTION = Pattern.compile("^(?:and |so )?(?:(?:do|did) you (?:have |get |feel )?"
            + "|(?:have|has) (?:you|she|he) (?:had |been having |noticed |got )?|any (?=\\p{L}))(?<article>any )?"
            + "(?<what>.+?)(?: now| today| lately| recently)?\\??$", FLAGS);
    private static final Pattern QUESTION_START = Pattern.compile("^(?:och |men |så |and |so )?(?:har|hade|hur|vad|när|var|"
            + "vilka|vilken|vilket|känner|upplever|tar|får|brukar|do|did|have|has|how|what|when|where|which|are|is|can|"
            + "any|does)\\b", FLAGS);

    private Conversation() {
    }

    static boolean isFiller(Utterance u) {
        return words(u).stream().allMatch(FILLERS::contains);
    }

    static boolean isQuestion(Utterance u) {
        return u.text().strip().endsWith("?") || QUESTION_START.matcher(u.text().strip()).find();
    }

    static boolean isBareNo(Utterance u) {
        var w = words(u);
        return w.stream().anyMatch(NO::contains) && ANSWER_WORDS.containsAll(w)
                || w.equals(java.util.List.of("inte", "alls")) || w.equals(java.util.List.of("not", "at", "all"));
    }

    static boolean isBareYes(Utterance u) {
        var w = words(u);
        return !w.isEmpty() && YES.contains(w.get(0)) && w.stream().noneMatch(NO::contains) && ANSWER_WORDS.containsAll(w);
    }

    /** What a symptom question asks about, and the article it used ("någon", "något", "några", "any"). */
    record Topic(String what, String article) {
        String negated(boolean swedish) {
            if (!swedish) {
                return "No " + what + ".";
            }
            String a = article == null ? "" : article.strip();
            String no = a.equals("något") || a.equals("nåt") ? "Inget" : a.equals("några") || a.equals("nåra") ? "Inga" : "Ingen";
            return no + " " + what + ".";
        }

        String affirmed() {
            return what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1) + ".";
        }
    }

    static Optional<Topic> topic(Utterance question, boolean swedish) {
        Matcher m = (swedish ? SV_QUESTION : EN_QUESTION).matcher(question.text().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String what = m.group("what").replaceAll("[?.!]+$", "").strip();
        return what.isEmpty() ? Optional.empty() : Optional.of(new Topic(what.toLowerCase(Locale.ROOT), m.group("article")));
    }

    private static java.util.List<String> words(Utterance u) {
        return java.util.Arrays.stream(u.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(s -> !s.isEmpty()).toList();
    }
}
