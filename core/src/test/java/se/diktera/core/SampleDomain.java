package se.diktera.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;

/** Made-up, invalid-for-real-life sample objects for tests. Not real patients. */
public final class SampleDomain {

    private SampleDomain() {
    }

    public static Clinician clinician() {
        return new Clinician("Dr Test Testsson", Role.CLINICIAN, new HsaId("SE2321000016-15C3"));
    }

    public static Consultation consultation() {
        return new Consultation(se.diktera.core.consultation.ConsultationId.random(),
                new PatientReference(PersonalIdentityNumber.parse("19121212-1212", LocalDate.of(2026, 1, 1))),
                clinician(), ContactType.HEMBESOK, "sv-journal",
                Instant.parse("2026-11-23T08:00:00Z"), Instant.parse("2026-11-23T08:20:00Z"));
    }

    public static Transcript transcript() {
        return new Transcript("sv", "vosk-model-small-sv-rhasspy-0.15", List.of(
                new Segment("s1", List.of(new Word("hon", 0, 300, 0.98), new Word("har", 300, 500, 0.91),
                        new Word("feber", 500, 1100, 0.64)), "patient"),
                new Segment("s2", List.of(new Word("sedan", 1500, 1800, 1.0), new Word("tre", 1800, 2000, 0.99),
                        new Word("dagar", 2000, 2500, 0.97)), null)));
    }

    public static Note note(NoteState state) {
        Consultation c = consultation();
        return new Note(NoteId.random(), 1, c.id(), "sv-journal", "sv", state, List.of(
                new NoteSection("anamnes", "Anamnes", List.of(
                        Statement.drafted("Feber sedan tre dagar.", List.of(new TranscriptSpan("s1", 500, 1100),
                                new TranscriptSpan("s2", 1500, 2500)), true),
                        Statement.written("Ingen hosta."))),
                new NoteSection("bedomning", "Bedömning", List.of())),
                List.of("vosk-model-small-sv-rhasspy-0.15", "diktera-sections-1"));
    }
}
