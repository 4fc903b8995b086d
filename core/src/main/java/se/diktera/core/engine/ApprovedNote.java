package se.diktera.core.engine;

import java.time.Instant;
import java.util.Objects;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.people.Clinician;

/** A note a reviewer approved, with what an export needs to say who wrote and who approved it. */
public record ApprovedNote(Note note, Consultation consultation, Clinician approver, Instant approvedAt) {

    public ApprovedNote {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approvedAt, "approvedAt");
        if (note.state() != NoteState.APPROVED && note.state() != NoteState.EXPORT_FAILED) {
            throw new IllegalArgumentException("Only an approved note can be exported, this one is " + note.state());
        }
        if (approver.hsaId().equals(consultation.clinician().hsaId())) {
            throw new IllegalArgumentException("The author of a note cannot approve it (four-eyes rule)");
        }
    }
}
