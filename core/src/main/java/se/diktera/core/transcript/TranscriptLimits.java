package se.diktera.core.transcript;

import java.util.Optional;

/**
 * How large a transcript of one consultation can be: far beyond any consultation (60,000 words is
 * seven hours of speech), small enough that drafting stays within seconds and a few hundred
 * megabytes. Beyond them a transcript is not speech but a mistake or an attack, and it is refused
 * with what is over, before any work on it; the transcript itself is kept.
 */
public final class TranscriptLimits {

    public static final int MAX_SEGMENTS = 20_000;
    public static final int MAX_WORDS = 60_000;
    /** Longer than any word a recogniser or a person says ("Nordöstersjökustartilleri..." included). */
    public static final int MAX_WORD_CHARS = 200;
    /** A transcript file this large holds more than {@link #MAX_WORDS} words; it is not read. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private TranscriptLimits() {
    }

    /** What is over the limits, in words for the log and the command line; empty when nothing is. */
    public static Optional<String> exceeded(Transcript transcript) {
        if (transcript.segments().size() > MAX_SEGMENTS) {
            return Optional.of(transcript.segments().size() + " segments (at most " + MAX_SEGMENTS + ")");
        }
        int words = 0;
        for (Segment s : transcript.segments()) {
            for (Word w : s.words()) {
                if (w.text().length() > MAX_WORD_CHARS) {
                    return Optional.of("a word of " + w.text().length() + " characters in segment " + s.id()
                            + " (at most " + MAX_WORD_CHARS + ")");
                }
            }
            words += s.words().size();
        }
        if (words > MAX_WORDS) {
            return Optional.of(words + " words (at most " + MAX_WORDS + ")");
        }
        return Optional.empty();
    }
}
