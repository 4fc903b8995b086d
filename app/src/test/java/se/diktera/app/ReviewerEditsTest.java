package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.diktera.core.consultation.ConsultationId;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.HsaId;
import se.diktera.fhir.mapping.NoteText;

class ReviewerEditsTest {

    static final HsaId ROLF = HsaId.of("SE2321000016-0002");

    static Note note() {
        return new Note(NoteId.random(), 1, ConsultationId.random(), "sv-journal", "sv", NoteState.IN_REVIEW, List.of(
                new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(
                        Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 900)), false),
                        Statement.drafted("Ingen hosta.", List.of(new TranscriptSpan("s2", 1000, 1900)), false))),
                new NoteSection("status", "Status", List.of()),
                new NoteSection("atgard", "Åtgärd/Planering", List.of(Statement.written("Återbesök vid behov.")))),
                List.of("diktera-sections-sv"));
    }

    @Test
    void unchangedTextIsTheSameNote() {
        Note note = note();
        assertThat(ReviewerEdits.apply(note, NoteText.plain(note), ROLF)).isSameAs(note);
    }

    @Test
    void aReviewersLinesAreTheirsKeptLinesKeepTheirEvidenceAndRemovedLinesGo() {
        Note note = note();
        String edited = NoteText.plain(note).replace("Ingen hosta.\n", "Torrhosta nattetid.\n") + "\nStatus\nTemp 37,2.\n";

        Note after = ReviewerEdits.apply(note, edited, ROLF);

        List<Statement> aktuellt = after.sections().get(0).statements();
        assertThat(aktuellt).extracting(Statement::text).containsExactly("Feber sedan 3 dagar.", "Torrhosta nattetid.");
        assertThat(aktuellt.get(0)).isEqualTo(note.sections().get(0).statements().get(0));
        assertThat(aktuellt.get(1).writtenBy()).isEqualTo(ROLF.value());
        assertThat(after.sections().get(1).statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Temp 37,2.");
            assertThat(s.clinicianWritten()).isTrue();
            assertThat(s.writtenBy()).isEqualTo(ROLF.value());
        });
        assertThat(after.sections().get(2).statements()).singleElement().satisfies(s -> assertThat(s.writtenBy())
                .as("the author's own line stays the author's").isNull());
    }
}
