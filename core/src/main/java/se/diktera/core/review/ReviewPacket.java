package se.diktera.core.review;

import java.util.List;
import java.util.Objects;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.note.Note;
import se.diktera.core.transcript.Segment;

/**
 * A draft as it travels to a reviewer on another device: the note as submitted, its consultation,
 * and the transcript segments its statements rest on (only those: the evidence, not the whole
 * conversation, and never the audio).
 *
 * @param round which submission of this note version this is: 1, then 2 after a send back, …
 */
public record ReviewPacket(Note note, Consultation consultation, List<Segment> evidence, int round) {

    public ReviewPacket {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(consultation, "consultation");
        evidence = List.copyOf(evidence);
        if (round < 1) {
            throw new IllegalArgumentException("Review rounds start at 1");
        }
    }
}
