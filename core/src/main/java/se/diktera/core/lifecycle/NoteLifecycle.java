package se.diktera.core.lifecycle;

import static se.diktera.core.lifecycle.NoteState.AMENDED;
import static se.diktera.core.lifecycle.NoteState.ENTERED_IN_ERROR;
import static se.diktera.core.lifecycle.NoteState.APPROVED;
import static se.diktera.core.lifecycle.NoteState.DRAFTED;
import static se.diktera.core.lifecycle.NoteState.EXPORTED;
import static se.diktera.core.lifecycle.NoteState.EXPORT_FAILED;
import static se.diktera.core.lifecycle.NoteState.IN_REVIEW;
import static se.diktera.core.lifecycle.NoteState.RECORDING;
import static se.diktera.core.lifecycle.NoteState.SENT_BACK;
import static se.diktera.core.lifecycle.NoteState.TRANSCRIBED;

import java.time.Clock;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;

/**
 * The one place that says how a note may move from state to state. Every allowed move yields the
 * moved note and the audit event that records it; a move not in the table is refused.
 *
 * <p>Thread-safe: the table is immutable.
 */
public final class NoteLifecycle {

    private static final Map<NoteState, Set<NoteState>> ALLOWED = table();

    private final Clock clock;

    public NoteLifecycle(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static Map<NoteState, Set<NoteState>> table() {
        Map<NoteState, Set<NoteState>> t = new EnumMap<>(NoteState.class);
        t.put(RECORDING, EnumSet.of(TRANSCRIBED));
        t.put(TRANSCRIBED, EnumSet.of(DRAFTED));
        t.put(DRAFTED, EnumSet.of(IN_REVIEW));
        t.put(IN_REVIEW, EnumSet.of(APPROVED, SENT_BACK));
        t.put(SENT_BACK, EnumSet.of(IN_REVIEW));
        t.put(APPROVED, EnumSet.of(EXPORTED, EXPORT_FAILED, AMENDED, ENTERED_IN_ERROR));
        t.put(EXPORT_FAILED, EnumSet.of(EXPORTED, AMENDED, ENTERED_IN_ERROR));
        t.put(EXPORTED, EnumSet.of(AMENDED, ENTERED_IN_ERROR));
        t.put(AMENDED, EnumSet.of(IN_REVIEW));
        for (NoteState s : NoteState.values()) {
            t.put(s, Collections.unmodifiableSet(t.getOrDefault(s, EnumSet.noneOf(NoteState.class))));
        }
        return Collections.unmodifiableMap(t);
    }

    /** The states a note in {@code from} may move to next. */
    public static Set<NoteState> allowedFrom(NoteState from) {
        return ALLOWED.get(from);
    }

    public static boolean isAllowed(NoteState from, NoteState to) {
        return ALLOWED.get(from).contains(to);
    }

    /**
     * Moves {@code note} to {@code to}.
     *
     * @param actorId who made the move (a user id or HSA-id; never a patient identifier)
     * @throws IllegalNoteTransitionException when the table does not allow the move
     */
    public Transition move(Note note, NoteState to, String actorId) {
        NoteState from = note.state();
        if (!isAllowed(from, to)) {
            throw new IllegalNoteTransitionException(from, to, allowedFrom(from));
        }
        Note moved = to == AMENDED ? note.nextVersion() : note.withState(to);
        AuditEvent event = AuditEvent.of(clock.instant(), actorId, AuditAction.STATE_CHANGE,
                moved.id().toString(), moved.version(), Map.of("from", from.name(), "to", to.name()));
        return new Transition(moved, event);
    }

    /**
     * The audit event of a move made before the note is a stored {@link Note} (recorded,
     * transcribed, drafted: the pipeline's steps), checked against the same table.
     *
     * @throws IllegalNoteTransitionException when the table does not allow the move
     */
    public AuditEvent moveBeforeNote(NoteId id, NoteState from, NoteState to, String actorId) {
        if (!isAllowed(from, to)) {
            throw new IllegalNoteTransitionException(from, to, allowedFrom(from));
        }
        return AuditEvent.of(clock.instant(), actorId, AuditAction.STATE_CHANGE, id.toString(), 1,
                Map.of("from", from.name(), "to", to.name()));
    }

    /** A note after a move, and the audit event to append for it. */
    public record Transition(Note note, AuditEvent auditEvent) {
    }
}
