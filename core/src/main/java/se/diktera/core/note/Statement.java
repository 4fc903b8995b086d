package se.diktera.core.note;

import java.util.List;

/**
 * One sentence of a note with the evidence it rests on.
 *
 * @param evidence       the transcript spans the statement came from; empty only for text a
 *                       clinician typed, marked by {@code clinicianWritten}
 * @param lowConfidence  true when a word it rests on was recognised with low confidence
 */
public record Statement(String text, List<TranscriptSpan> evidence, boolean lowConfidence, boolean clinicianWritten) {

    public Statement {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A statement needs text");
        }
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty() && !clinicianWritten) {
            throw new IllegalArgumentException("A drafted statement must carry the transcript spans it came from");
        }
    }

    public static Statement drafted(String text, List<TranscriptSpan> evidence, boolean lowConfidence) {
        return new Statement(text, evidence, lowConfidence, false);
    }

    public static Statement written(String text) {
        return new Statement(text, List.of(), false, true);
    }

    @Override
    public String toString() {
        return "Statement[" + evidence.size() + " spans" + (clinicianWritten ? ", written" : "") + "]";
    }
}
