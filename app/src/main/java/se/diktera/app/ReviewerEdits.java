package se.diktera.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.diktera.core.note.Note;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.people.HsaId;

/**
 * A reviewer's changes to a note, made in the note's plain text (a heading a line, then its
 * statements a line each, as {@code NoteText.plain} writes it): a line still as it was keeps its
 * statement and evidence; any other line becomes the reviewer's own, marked with their HSA-id; a
 * line removed is gone. A line typed under a heading of the note (even one of an empty section)
 * goes to that section; lines before the first heading go to the first section.
 */
public final class ReviewerEdits {

    private ReviewerEdits() {
    }

    /** The note as the reviewer left it; the same note when nothing changed. */
    public static Note apply(Note note, String edited, HsaId reviewer) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        note.sections().forEach(s -> lines.put(s.key(), new ArrayList<>()));
        String current = note.sections().isEmpty() ? null : note.sections().get(0).key();
        for (String raw : edited.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || current == null) {
                continue;
            }
            Optional<NoteSection> heading = note.sections().stream().filter(s -> s.heading().equals(line)).findFirst();
            if (heading.isPresent()) {
                current = heading.get().key();
            } else {
                lines.get(current).add(line);
            }
        }
        Note result = note;
        for (NoteSection s : note.sections()) {
            List<Statement> statements = new ArrayList<>();
            for (String line : lines.get(s.key())) {
                Optional<Statement> kept = s.statements().stream().filter(st -> st.text().equals(line)).findFirst();
                statements.add(kept.orElseGet(() -> Statement.writtenBy(line, reviewer)));
            }
            if (!statements.equals(s.statements())) {
                result = result.withSection(s.withStatements(statements));
            }
        }
        return result;
    }
}
