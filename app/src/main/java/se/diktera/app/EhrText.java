package se.diktera.app;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;

/**
 * A note as it is pasted into the EHR (Cosmic and most Swedish journal systems): one
 * "Sökord: text" line a section, in the template's order, the section's statements joined into
 * running text; a section without text is left out.
 */
public final class EhrText {

    private EhrText() {
    }

    /** The stored note's sections. */
    public static String of(List<NoteSection> sections) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection s : sections) {
            line(sb, s.heading(), s.statements().stream().map(Statement::text).collect(Collectors.joining(" ")));
        }
        return sb.toString();
    }

    /** The sections as they stand on the draft screen: heading to text, a statement a line. */
    public static String ofEdited(List<NoteSection> sections, Map<String, String> editedText) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection s : sections) {
            String text = editedText.getOrDefault(s.key(), "");
            line(sb, s.heading(), String.join(" ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String heading, String text) {
        if (!text.isBlank()) {
            sb.append(heading).append(": ").append(text.strip()).append('\n');
        }
    }
}
