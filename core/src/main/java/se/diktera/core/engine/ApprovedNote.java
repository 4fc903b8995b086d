package se.diktera.core.engine;

import java.time.Instant;
import java.util.Objects;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.people.Clinician;

/**
 * A note a reviewer approved, with what an export needs to say who wrote and who approved it; or,
 * in state {@link NoteState#ENTERED_IN_ERROR}, the same version withdrawn ({@link #enteredInError()}).
 */
public record ApprovedNote(Note note, Consultation consultation, Clinician approver, Instant approvedAt) {

    public ApprovedNote {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approvedAt, "approvedAt");
        if (note.state() != NoteState.APPROVED && note.state() != NoteState.EXPORT_FAILED
                && note.state() != NoteState.ENTERED_IN_ERROR) {
            throw new IllegalArgumentException("Only an approved note can be exported, this one is " + note.state());
        }
        if (approver.hsaId().equals(consultation.clinician().hsaId())) {
            throw new IllegalArgumentException("The author of a note cannot approve it (four-eyes rule)");
        }
    }

    /** This version withdrawn: destinations it reached are told it is entered in error. */
    public ApprovedNote enteredInError() {
        return new ApprovedNote(note.withState(NoteState.ENTERED_IN_ERROR), consultation, approver, approvedAt);
    }
}
