package se.diktera.summarizer.model;

/** The section a model chose for a text, and how sure it was (0 to 1). */
public record SectionPrediction(String label, double probability) {
}
