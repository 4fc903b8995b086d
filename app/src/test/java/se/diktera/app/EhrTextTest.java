package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;

/** The form a note is pasted into the EHR in: "Sökord: text", a line a section, empty ones left out. */
class EhrTextTest {

    private static final List<NoteSection> SECTIONS = List.of(
            new NoteSection("aktuellt", "Aktuellt", List.of(Statement.written("Halsont sedan 4 dagar."), Statement.written("Ingen feber."))),
            new NoteSection("status", "Status", List.of()),
            new NoteSection("atgard", "Åtgärd/Planering", List.of(Statement.written("Kåvepenin 1 g 1x3 i 10 dagar."))));

    @Test
    void eachSectionWithTextIsOneKeywordLineInTheTemplatesOrder() {
        assertThat(EhrText.of(SECTIONS)).isEqualTo(
                "Aktuellt: Halsont sedan 4 dagar. Ingen feber.\nÅtgärd/Planering: Kåvepenin 1 g 1x3 i 10 dagar.\n");
    }

    @Test
    void theDraftAsEditedOnTheScreenIsCopiedNotAsDrafted() {
        assertThat(EhrText.ofEdited(SECTIONS, Map.of("aktuellt", "Halsont sedan 4 dagar.\n\n  Ingen feber, ingen hosta.\n",
                "status", "  ", "atgard", "Kåvepenin 1 g 1x3 i 10 dagar.")))
                .isEqualTo("Aktuellt: Halsont sedan 4 dagar. Ingen feber, ingen hosta.\nÅtgärd/Planering: Kåvepenin 1 g 1x3 i 10 dagar.\n");
    }
}
