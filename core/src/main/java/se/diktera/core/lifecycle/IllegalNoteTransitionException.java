package se.diktera.core.lifecycle;

import java.util.Set;

import se.diktera.core.problem.Explained;
import se.diktera.core.problem.Problem;

/** A move the note's lifecycle does not allow, e.g. approving a note nobody submitted. */
public final class IllegalNoteTransitionException extends IllegalStateException implements Explained {

    private static final long serialVersionUID = 1L;
    private final NoteState from;
    private final NoteState to;

    IllegalNoteTransitionException(NoteState from, NoteState to, Set<NoteState> allowed) {
        super("A note in state " + from + " cannot move to " + to
                + (allowed.isEmpty() ? "; it cannot move at all" : "; allowed next states: " + allowed));
        this.from = from;
        this.to = to;
    }

    public NoteState from() {
        return from;
    }

    public NoteState to() {
        return to;
    }

    @Override
    public Problem problem() {
        return Problem.NOTE_STATE;
    }
}
