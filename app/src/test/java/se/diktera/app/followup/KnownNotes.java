package se.diktera.app.followup;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.store.StoreSession;

/**
 * Notes whose audit trail makes the follow-up's figures known: six home visits from 10 November
 * 2026 with lead times 10, 20, ..., 60 minutes (the first one edited), two telephone contacts (too
 * few to show), one home visit on 1 December.
 */
public final class KnownNotes {

    static final HsaId REVIEWER = new HsaId("SE2321000016-0002");

    private KnownNotes() {
    }

    /** Writes the notes into {@code s}, dictated by {@code kerstin}. */
    public static void write(StoreSession s, Clinician kerstin) throws Exception {
        Instant nov = Instant.parse("2026-11-10T08:00:00Z");
        for (int i = 0; i < 6; i++) {
            note(s, kerstin, ContactType.HEMBESOK, nov.plus(Duration.ofDays(i)), 3, 10 * (i + 1), i == 0);
        }
        note(s, kerstin, ContactType.DISTANSKONTAKT_TELEFON, nov, 2, 30, false);
        note(s, kerstin, ContactType.DISTANSKONTAKT_TELEFON, nov.plus(Duration.ofDays(1)), 2, 30, false);
        note(s, kerstin, ContactType.HEMBESOK, Instant.parse("2026-12-01T08:00:00Z"), 2, 30, false);
    }

    /** One note: recorded for {@code recordedMin}, drafted at its end, submitted after 4 min, approved {@code leadMin} after the recording. */
    private static void note(StoreSession s, Clinician kerstin, ContactType type, Instant start, int recordedMin, int leadMin,
            boolean edited) throws Exception {
        NoteId id = NoteId.random();
        Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse("19121212-1212",
                LocalDate.of(2026, 1, 1))), kerstin, type, "sv-journal", start);
        s.documents().put("consultation", id.toString(), c);
        Statement fever = Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 900)), false);
        DraftedNote draft = new DraftedNote("sv-journal", "sv", List.of(new NoteSection("aktuellt", "Aktuellt", List.of(fever))),
                List.of(), "test", List.of());
        s.documents().put("draft", id.toString(), draft);
        List<Statement> signed = edited ? List.of(Statement.written("Feber sedan 4 dagar.")) : List.of(fever);
        s.documents().put("note", id.toString(), new Note(id, 1, c.id(), "sv-journal", "sv", NoteState.APPROVED,
                List.of(new NoteSection("aktuellt", "Aktuellt", signed)), List.of("test")));
        Instant ended = start.plus(Duration.ofMinutes(recordedMin));
        String who = kerstin.hsaId().value();
        List<AuditEvent> trail = new ArrayList<>(List.of(
                AuditEvent.of(start, who, AuditAction.RECORD, id.toString(), 1, Map.of("phase", "start")),
                AuditEvent.of(ended, who, AuditAction.RECORD, id.toString(), 1, Map.of("phase", "end")),
                AuditEvent.of(ended, who, AuditAction.DRAFT, id.toString(), 1, Map.of()),
                AuditEvent.of(ended.plus(Duration.ofMinutes(4)), who, AuditAction.STATE_CHANGE, id.toString(), 1,
                        Map.of("from", "DRAFTED", "to", "IN_REVIEW")),
                AuditEvent.of(ended.plus(Duration.ofMinutes(leadMin)), REVIEWER.value(), AuditAction.APPROVE, id.toString(), 1, Map.of()),
                AuditEvent.of(ended.plus(Duration.ofMinutes(leadMin + 2)), REVIEWER.value(), AuditAction.EXPORT, id.toString(), 1,
                        Map.of())));
        for (AuditEvent e : trail) {
            s.audit().append(e);
        }
    }
}
