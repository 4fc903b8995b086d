package se.diktera.summarizer.drafting;

import java.util.Locale;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;

/**
 * A draft as Markdown: headings, statements with their evidence as [segment mm:ss], uncertain
 * statements marked with (?).
 */
public final class NoteMarkdown {

    private NoteMarkdown() {
    }

    /** The note as a clinician would paste it: each heading on its line, then its statements. */
    public static String plain(DraftedNote note) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection section : note.sections()) {
            if (section.statements().isEmpty()) {
                continue;
            }
            sb.append(section.heading()).append("\n");
            sb.append(String.join(" ", section.statements().stream().map(Statement::text).toList())).append("\n\n");
        }
        return sb.toString().strip();
    }

    public static String render(DraftedNote note) {
        StringBuilder sb = new StringBuilder();
        for (NoteSection section : note.sections()) {
            if (section.statements().isEmpty()) {
                continue;
            }
            sb.append("## ").append(section.heading()).append("\n\n");
            for (Statement s : section.statements()) {
                sb.append("- ").append(s.text());
                if (s.lowConfidence()) {
                    sb.append(" (?)");
                }
                sb.append(" ");
                for (TranscriptSpan span : s.evidence()) {
                    sb.append(String.format(Locale.ROOT, "[%s %d:%02d]", span.segmentId(), span.startMs() / 60_000,
                            span.startMs() / 1000 % 60));
                }
                sb.append("\n");
            }
            sb.append("\n");
        }
        return sb.toString();
    }
}
