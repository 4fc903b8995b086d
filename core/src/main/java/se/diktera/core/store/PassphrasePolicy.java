package se.diktera.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a passphrase must be. Length over composition (NIST SP 800-63B): at least
 * {@value #MIN_LENGTH} characters, not the user name, not one repeated character or only digits.
 */
public final class PassphrasePolicy {

    public static final int MIN_LENGTH = 12;

    public enum Problem {
        TOO_SHORT("it needs at least " + MIN_LENGTH + " characters"),
        CONTAINS_USERNAME("it must not contain the user name"),
        TOO_SIMPLE("it must not be one repeated character or only digits");

        private final String explanation;

        Problem(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private PassphrasePolicy() {
    }

    public static List<Problem> check(char[] passphrase, String username) {
        List<Problem> problems = new ArrayList<>();
        String p = new String(passphrase);
        if (p.codePointCount(0, p.length()) < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (!username.isEmpty() && p.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.CONTAINS_USERNAME);
        }
        if (p.chars().distinct().count() <= 2 || p.chars().allMatch(Character::isDigit)) {
            problems.add(Problem.TOO_SIMPLE);
        }
        return problems;
    }
}
