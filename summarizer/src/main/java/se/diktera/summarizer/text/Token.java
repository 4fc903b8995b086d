package se.diktera.summarizer.text;

/**
 * A word of an utterance after normalisation ("hundratrettiofyra" → "134"), remembering which
 * transcript words it came from, so anything found in tokens maps back to exact audio spans.
 */
public record Token(String text, int firstWord, int lastWord) {
}
