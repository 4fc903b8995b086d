package se.diktera.summarizer.data;

import java.util.ArrayList;
import java.util.List;

/** Splits note text into sentences at '.', '!' or '?' followed by a space, keeping decimals whole. */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : text.split("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}])")) {
            String s = part.strip();
            if (s.chars().anyMatch(Character::isLetterOrDigit)) {
                sentences.add(s);
            }
        }
        return sentences;
    }
}
