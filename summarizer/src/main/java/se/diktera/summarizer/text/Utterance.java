package se.diktera.summarizer.text;

import java.util.List;
import java.util.stream.Collectors;

import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.transcript.Word;

/**
 * One thing said: a speaker turn or a sentence of a transcript segment, with its words (for
 * timing and confidence) and its normalised tokens (for classifying and finding facts).
 */
public final class Utterance {

    private final String segmentId;
    private final String speaker;
    private final List<Word> words;
    private final List<Token> tokens;
    private final String text;
    private final int[] tokenAtChar;

    public Utterance(String segmentId, List<Word> words, String language) {
        this(segmentId, null, words, language);
    }

    /** @param speaker the speaker the transcript names for this segment, null when it names none */
    public Utterance(String segmentId, String speaker, List<Word> words, String language) {
        this.segmentId = segmentId;
        this.speaker = speaker;
        this.words = List.copyOf(words);
        this.tokens = SpokenNumbers.normalize(words.stream().map(Word::text).toList(), language);
        this.text = tokens.stream().map(Token::text).collect(Collectors.joining(" "));
        this.tokenAtChar = new int[text.length() + 1];
        int pos = 0;
        for (int t = 0; t < tokens.size(); t++) {
            for (int c = 0; c <= tokens.get(t).text().length() && pos + c < tokenAtChar.length; c++) {
                tokenAtChar[pos + c] = t;
            }
            pos += tokens.get(t).text().length() + 1;
        }
    }

    public String segmentId() {
        return segmentId;
    }

    /** The speaker the transcript named, or null (the recogniser names none). */
    public String speaker() {
        return speaker;
    }

    public List<Word> words() {
        return words;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The normalised text: tokens joined by single spaces. */
    public String text() {
        return text;
    }

    public TranscriptSpan span() {
        return new TranscriptSpan(segmentId, words.get(0).startMs(), words.get(words.size() - 1).endMs());
    }

    /** The audio span of the characters {@code [start, end)} of {@link #text()}. */
    public TranscriptSpan span(int start, int end) {
        Token first = tokens.get(tokenAtChar[Math.max(0, Math.min(start, text.length()))]);
        Token last = tokens.get(tokenAtChar[Math.max(0, Math.min(end - 1, text.length()))]);
        return new TranscriptSpan(segmentId, words.get(first.firstWord()).startMs(), words.get(last.lastWord()).endMs());
    }

    public double minConfidence() {
        return words.stream().mapToDouble(Word::confidence).min().orElse(1);
    }

    @Override
    public String toString() {
        return "Utterance[" + segmentId + ", " + words.size() + " words]";
    }
}
