package se.diktera.fhir.mapping;

import se.diktera.core.note.Note;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;

/** The note as the text that travels in the DocumentReference: plain text and Markdown. */
public final class NoteText {

    private NoteText() {
    }

    public static String plain(Note note) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection s : note.sections()) {
            if (s.statements().isEmpty()) {
                continue;
            }
            sb.append(s.heading()).append('\n');
            for (Statement st : s.statements()) {
                sb.append(st.text()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString().strip() + "\n";
    }

    public static String markdown(Note note) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection s : note.sections()) {
            if (s.statements().isEmpty()) {
                continue;
            }
            sb.append("## ").append(s.heading()).append("\n\n");
            for (Statement st : s.statements()) {
                sb.append("- ").append(st.text()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
