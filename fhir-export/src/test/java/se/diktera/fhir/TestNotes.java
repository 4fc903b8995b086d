package se.diktera.fhir;

import java.time.Instant;
import java.util.List;

import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ConsultationId;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.ApprovedNote;
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

/** Approved notes for made-up patients (shared with the app's tests). */
public final class TestNotes {

    static final Clinician AUTHOR = new Clinician("Kerstin Klinik", Role.CLINICIAN, new HsaId("SE2321000016-0001"));
    static final Clinician REVIEWER = new Clinician("Rolf Granskare", Role.REVIEWER, new HsaId("SE2321000016-0002"));

    private TestNotes() {
    }

    static ApprovedNote approved(String personnummer, NoteId id, int version, String templateId, Instant at) {
        Consultation c = new Consultation(ConsultationId.random(),
                new PatientReference(PersonalIdentityNumber.parse(personnummer)), AUTHOR, ContactType.HEMBESOK,
                templateId, at.minusSeconds(1800), at.minusSeconds(600));
        Note note = new Note(id, version, c.id(), templateId, "sv", NoteState.APPROVED, List.of(
                new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(
                        Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 2000)), false),
                        Statement.drafted("Ingen hosta.", List.of(new TranscriptSpan("s2", 2500, 4000)), false))),
                new NoteSection("bedomning", "Bedömning", List.of(
                        Statement.drafted("Troligen virusinfektion" + (version > 1 ? ", korrigerad." : "."),
                                List.of(new TranscriptSpan("s3", 5000, 7000)), false)))),
                List.of("vosk-model-small-sv-rhasspy-0.15", "diktera-sections-sv"));
        return new ApprovedNote(note, c, REVIEWER, at);
    }

    public static ApprovedNote approved(String personnummer) {
        return approved(personnummer, NoteId.random(), 1, "sv-journal", Instant.parse("2026-11-23T09:00:00Z"));
    }
}
