package se.diktera.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a passphrase must be. Length over composition (NIST SP 800-63B): at least
 * {@value #MIN_LENGTH} characters, not the user name, not one repeated character or only digits,
 * and not a commonly used password ("password1234", "Sommar2024!!").
 */
public final class PassphrasePolicy {

    public static final int MIN_LENGTH = 12;

    public enum Problem {
        TOO_SHORT("it needs at least " + MIN_LENGTH + " characters"),
        CONTAINS_USERNAME("it must not contain the user name"),
        TOO_SIMPLE("it must not be one repeated character or only digits"),
        COMMON("it is a commonly used password (one common word with digits or signs around it)");

        private final String explanation;

        Problem(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    private static final Set<String> COMMON_WORDS = commonWords();

    private PassphrasePolicy() {
    }

    /** Whether the letters of {@code p}, without digits, signs and spaces, are one common word, maybe repeated. */
    static boolean isCommon(String p) {
        String letters = p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        if (letters.length() < 4) {
            return true;
        }
        for (String word : COMMON_WORDS) {
            if (letters.length() % word.length() == 0 && letters.equals(word.repeat(letters.length() / word.length()))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> commonWords() {
        try (InputStream in = PassphrasePolicy.class.getResourceAsStream("common-passphrase-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passphrase-words.txt is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("common-passphrase-words.txt cannot be read", e);
        }
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
        if (!problems.contains(Problem.TOO_SIMPLE) && isCommon(p)) {
            problems.add(Problem.COMMON);
        }
        return problems;
    }
}
