package se.diktera.summarizer.corpus;

import java.util.List;

/**
 * One consultation of a corpus: who said what, the note a clinician wrote from it, and (where the
 * corpus has them) the section each turn went to and the facts of the note.
 *
 * @param template the note template the reference note follows, e.g. {@code sv-journal}
 * @param facts    the reference note's facts as {@code kind: part | part}, empty where unknown
 */
public record Encounter(String id, String language, String template, String contact, List<Turn> turns,
        String referenceNote, List<String> facts) {

    /**
     * @param speaker the corpus's speaker tag ({@code doctor}, {@code patient}, {@code lakare}, …)
     * @param section the note section this turn went to, {@code "-"} for none, null where unknown
     */
    public record Turn(String speaker, String text, String section) {
    }

    public Encounter {
        turns = List.copyOf(turns);
        facts = List.copyOf(facts);
    }

    @Override
    public String toString() {
        return "Encounter[" + id + ", " + turns.size() + " turns]";
    }
}
