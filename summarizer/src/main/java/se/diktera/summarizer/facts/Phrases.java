package se.diktera.summarizer.facts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import se.diktera.summarizer.text.Utterance;

/** Small text helpers shared by the fact patterns. */
final class Phrases {

    /** Numbers as a pattern: digits with an optional decimal comma or point. */
    static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    /** Small counts as words as well as digits, for durations and follow-ups. */
    static final String COUNT = "(?:\\d+|en|ett|a|an|one|några|a few|några få)";

    private static final Pattern SAID_TO_OR_ABOUT = Pattern.compile("\\b(?:dig|du|han|hon|honom|henne)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Phrases() {
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The first {@code n} words of {@code text}, as one space-separated string. */
    static String firstWords(String text, int n) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(n, words.length)));
    }

    /** The patient, said to or about ("du", "dig", "han", "henne"), written as the note writes it: "pat". */
    static String patientAsPat(String text) {
        return SAID_TO_OR_ABOUT.matcher(text).replaceAll("pat");
    }

    /** Whether {@code p} is found in utterance {@code i} or in one of the {@code before} utterances just before it. */
    static boolean saidWithin(List<Utterance> us, int i, int before, Pattern p) {
        for (int k = Math.max(0, i - before); k <= i; k++) {
            if (p.matcher(us.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }
}
