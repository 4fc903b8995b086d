package se.diktera.app.followup;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.LevenshteinDistance;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.store.StoreSession;

/** Reads each note's {@link NoteTimeline} from a device's store: its consultation, audit trail, draft and note. */
final class NoteTimelines {

    private NoteTimelines() {
    }

    /** The notes whose consultation began in [from, to). */
    static List<NoteTimeline> read(StoreSession session, Instant from, Instant to) throws IOException, DocumentFormatException {
        Map<String, List<AuditEvent>> trails = session.audit().events().stream().filter(e -> e.subjectId() != null)
                .collect(Collectors.groupingBy(AuditEvent::subjectId));
        List<NoteTimeline> found = new ArrayList<>();
        for (String id : session.documents().ids("consultation")) {
            Optional<Consultation> c = session.documents().get("consultation", id, Consultation.class);
            if (c.isEmpty() || c.get().start().isBefore(from) || !c.get().start().isBefore(to)) {
                continue;
            }
            List<AuditEvent> trail = trails.getOrDefault(id, List.of());
            if (trail.stream().noneMatch(e -> e.action() == AuditAction.DRAFT)) {
                continue;
            }
            found.add(timeline(c.get(), trail, session.documents().get("draft", id, DraftedNote.class),
                    session.documents().get("note", id, Note.class)));
        }
        return found;
    }

    static NoteTimeline timeline(Consultation c, List<AuditEvent> trail, Optional<DraftedNote> draft, Optional<Note> note) {
        Instant recordStart = first(trail, AuditAction.RECORD, "phase", "start");
        Instant recordEnd = first(trail, AuditAction.RECORD, "phase", "end");
        long recorded = recordStart != null && recordEnd != null ? Math.max(0, recordEnd.getEpochSecond() - recordStart.getEpochSecond()) : 0;
        Instant ended = recordEnd != null ? recordEnd : first(trail, AuditAction.TRANSCRIBE, null, null);
        Instant submitted = first(trail, AuditAction.STATE_CHANGE, "to", "IN_REVIEW");
        Instant approved = first(trail, AuditAction.APPROVE, null, null);
        Instant sentBack = first(trail, AuditAction.SEND_BACK, null, null);
        Instant reviewed = approved == null ? sentBack : sentBack == null || approved.isBefore(sentBack) ? approved : sentBack;
        int failures = (int) trail.stream().filter(e -> e.action() == AuditAction.EXPORT_FAILED).count();
        Double survival = null;
        int added = 0;
        int removed = 0;
        if (draft.isPresent() && note.isPresent() && approved != null) {
            survival = similarity(text(draft.get().sections()), text(note.get().sections()));
            added = (int) note.get().sections().stream().flatMap(s -> s.statements().stream()).filter(Statement::clinicianWritten).count();
            Set<String> kept = new HashSet<>();
            note.get().sections().forEach(s -> s.statements().forEach(st -> kept.add(st.text())));
            removed = (int) draft.get().sections().stream().flatMap(s -> s.statements().stream())
                    .filter(st -> !kept.contains(st.text())).count();
        }
        return new NoteTimeline(c.start(), c.contactType(), c.templateId(), recorded, ended,
                first(trail, AuditAction.DRAFT, null, null), submitted, reviewed, approved, sentBack != null,
                first(trail, AuditAction.EXPORT, null, null), failures, survival, added, removed);
    }

    private static Instant first(List<AuditEvent> trail, AuditAction action, String key, String value) {
        return trail.stream().filter(e -> e.action() == action && (key == null || value.equals(e.details().get(key))))
                .map(AuditEvent::at).min(Instant::compareTo).orElse(null);
    }

    private static String text(List<NoteSection> sections) {
        return sections.stream().flatMap(s -> s.statements().stream()).map(Statement::text).collect(Collectors.joining("\n"));
    }

    /** 1 when the texts are the same, 0 when nothing of one is in the other: 1 - edit distance / the longer length. */
    static double similarity(String draft, String signed) {
        int longer = Math.max(draft.length(), signed.length());
        if (longer == 0) {
            return 1;
        }
        return 1 - (double) LevenshteinDistance.getDefaultInstance().apply(draft, signed) / longer;
    }
}
