package se.diktera.fhir.mapping;

import org.hl7.fhir.r4.model.Narrative;

import se.diktera.core.note.Note;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;

/** The note as the text that travels in the DocumentReference: plain text, Markdown and the resource's narrative. */
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

    /** The note as the resource's human-readable narrative: each heading in bold, each statement a paragraph. */
    public static Narrative narrative(Note note) {
        StringBuilder div = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
        for (NoteSection s : note.sections()) {
            if (s.statements().isEmpty()) {
                continue;
            }
            div.append("<p><b>").append(escaped(s.heading())).append("</b></p>");
            for (Statement st : s.statements()) {
                div.append("<p>").append(escaped(st.text())).append("</p>");
            }
        }
        Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        n.setDivAsString(div.append("</div>").toString());
        return n;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
