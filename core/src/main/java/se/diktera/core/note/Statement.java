package se.diktera.core.note;

import java.util.List;

import se.diktera.core.people.HsaId;

/**
 * One sentence of a note with the evidence it rests on.
 *
 * @param evidence       the transcript spans the statement came from; empty only for text a
 *                       clinician typed, marked by {@code clinicianWritten}
 * @param lowConfidence  true when a word it rests on was recognised with low confidence
 * @param writtenBy      the HSA-id of whoever typed it when that was not the note's author (a reviewer's
 *                       change before approving); null for the author's lines and drafted ones
 */
public record Statement(String text, List<TranscriptSpan> evidence, boolean lowConfidence, boolean clinicianWritten,
        String writtenBy) {

    public Statement {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A statement needs text");
        }
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty() && !clinicianWritten) {
            throw new IllegalArgumentException("A drafted statement must carry the transcript spans it came from");
        }
        if (writtenBy != null && !clinicianWritten) {
            throw new IllegalArgumentException("Only a written statement has a writer");
        }
    }

    public static Statement drafted(String text, List<TranscriptSpan> evidence, boolean lowConfidence) {
        return new Statement(text, evidence, lowConfidence, false, null);
    }

    public static Statement written(String text) {
        return new Statement(text, List.of(), false, true, null);
    }

    /** A line a reviewer typed into another's note: theirs, not the author's. */
    public static Statement writtenBy(String text, HsaId reviewer) {
        return new Statement(text, List.of(), false, true, reviewer.value());
    }

    @Override
    public String toString() {
        return "Statement[" + evidence.size() + " spans" + (clinicianWritten ? ", written" : "") + (writtenBy != null ? " by " + writtenBy : "") + "]";
    }
}
