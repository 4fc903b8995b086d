package se.diktera.summarizer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClauseCeilingTest {

    @Test
    void clausesThatShareNoContentWordWithTheReferenceAreLeftOut() {
        String draft = "Aktuellt/Anamnes\nOnt i halsen sedan 4 dagar, pratade om vädret och semestern.\n\nStatus\nBT 128/82.";
        String reference = "Aktuellt/Anamnes\nHalsont sedan 4 dagar.\n\nStatus\nBT 128/82.";

        String kept = ClauseCeiling.clausesMeeting(draft, reference, "sv");

        assertThat(kept).contains("Aktuellt/Anamnes", "Ont i halsen sedan 4 dagar", "Status", "BT 128/82")
                .doesNotContain("vädret", "semestern");
        assertThat(Rouge.score(kept, reference, "sv").rouge1()).isGreaterThan(Rouge.score(draft, reference, "sv").rouge1());
    }

    @Test
    void aDraftThatMeetsItsReferenceEverywhereIsKeptWhole() {
        String draft = "Status\nBT 128/82, puls 76.";

        assertThat(ClauseCeiling.clausesMeeting(draft, draft, "sv")).isEqualTo("Status\nBT 128/82 puls 76.");
    }
}
