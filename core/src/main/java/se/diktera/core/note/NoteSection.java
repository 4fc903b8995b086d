package se.diktera.core.note;

import java.util.List;

/**
 * A headed part of a note.
 *
 * @param key     the template's stable key, e.g. {@code anamnes}
 * @param heading the heading shown, e.g. "Anamnes"
 */
public record NoteSection(String key, String heading, List<Statement> statements) {

    public NoteSection {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A section needs a key");
        }
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("A section needs a heading");
        }
        statements = List.copyOf(statements);
    }

    public NoteSection withStatements(List<Statement> replaced) {
        return new NoteSection(key, heading, replaced);
    }
}
