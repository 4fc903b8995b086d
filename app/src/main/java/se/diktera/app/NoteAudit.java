package se.diktera.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.lifecycle.NoteLifecycle;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.NoteId;
import se.diktera.core.store.StoreSession;

/** Where the client's audit events are made: the signed-in user, the clock's time, the note and its version. */
public final class NoteAudit {

    private final StoreSession session;
    private final Clock clock;

    public NoteAudit(StoreSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    /** A step of the pipeline that moves the note (RECORDING to TRANSCRIBED to DRAFTED), checked by the lifecycle. */
    public void moved(NoteId id, NoteState from, NoteState to) throws IOException {
        session.audit().append(new NoteLifecycle(clock).moveBeforeNote(id, from, to, session.user().hsaId().value()));
    }

    /** An event about something other than a note (settings, a model, users, a report); {@code subject} may be null. */
    public void recordAbout(AuditAction action, String subject, Map<String, String> details) throws IOException {
        session.audit().append(AuditEvent.of(clock.instant(), session.user().hsaId().value(), action, subject,
                subject == null ? null : 1, details));
    }

    public void record(AuditAction action, String noteId, int version) throws IOException {
        record(action, noteId, version, Map.of());
    }

    public void record(AuditAction action, String noteId, int version, Map<String, String> details) throws IOException {
        session.audit().append(AuditEvent.of(clock.instant(), session.user().hsaId().value(), action, noteId, version, details));
    }
}
