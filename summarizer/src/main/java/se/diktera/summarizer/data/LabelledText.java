package se.diktera.summarizer.data;

/**
 * A text and the section it belongs to, with where it came from.
 *
 * @param group what the text belongs to (a chart, a dialogue), so splits keep groups together
 */
public record LabelledText(String text, String label, String source, String group) {
}
