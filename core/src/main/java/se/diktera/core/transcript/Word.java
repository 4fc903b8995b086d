package se.diktera.core.transcript;

/**
 * One recognised word with its place in the audio.
 *
 * @param confidence the recogniser's posterior, 0 to 1
 */
public record Word(String text, long startMs, long endMs, double confidence) {

    /** Below this a word counts as heard with low confidence: shown marked, and statements resting on it are flagged. */
    public static final double LOW_CONFIDENCE = 0.6;


    public Word {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A word needs text");
        }
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("A word's end must not come before its start, and neither before 0");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("Confidence must lie in [0, 1]");
        }
    }

    /** True when the recogniser was unsure of this word. */
    public boolean uncertain() {
        return confidence < LOW_CONFIDENCE;
    }
}
