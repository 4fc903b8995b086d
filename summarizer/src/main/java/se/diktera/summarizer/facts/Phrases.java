package se.diktera.summarizer.facts;

import java.util.Locale;

/** Small text helpers shared by the fact patterns. */
final class Phrases {

    /** Numbers as a pattern: digits with an optional decimal comma or point. */
    static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    /** Small counts as words as well as digits, for durations and follow-ups. */
    static final String COUNT = "(?:\\d+|en|ett|a|an|one|några|a few|några få)";

    private Phrases() {
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
