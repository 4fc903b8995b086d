package se.diktera.summarizer.facts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rating from 0 to 10 rates, by the words that asked for it: pain (NRS, the rating a
 * consultation asks for unless it says otherwise), breathlessness ("Hur andfådd är du, från 0 till
 * 10?" is Borg CR10), or something no note scores, such as how much one wants to stop smoking.
 */
final class ZeroToTen {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NOT_A_SYMPTOM = Pattern.compile("\\b(?:hur gärna|vill du sluta|hur säker|hur viktigt"
            + "|motivation\\p{L}*|how much do you want|how confident|how important)\\b", FLAGS);
    private static final Pattern BREATHLESSNESS = Pattern.compile("\\b(?:andfådd\\p{L}*|andnöd\\p{L}*|breathless\\p{L}*)", FLAGS);

    private ZeroToTen() {
    }

    /** The scale of a rating asked for in {@code asked}: "NRS", "Borg CR10", or empty when it is no symptom's. */
    static Optional<String> scale(String asked) {
        if (NOT_A_SYMPTOM.matcher(asked).find()) {
            return Optional.empty();
        }
        return Optional.of(BREATHLESSNESS.matcher(asked).find() ? "Borg CR10" : "NRS");
    }
}
