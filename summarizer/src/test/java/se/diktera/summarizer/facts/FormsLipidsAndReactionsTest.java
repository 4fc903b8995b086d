package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.diktera.summarizer.facts.SaidAloud.said;
import static se.diktera.summarizer.facts.SaidAloud.texts;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Lipids and blood values read out one by one, forms summed in points, reactions to a medicine told of. */
class FormsLipidsAndReactionsTest {

    @Test
    void lipidsAreReadOutEachByItsName() {
        assertThat(texts(said("Kolesterolet, det totala, är sju komma två.",
                "Det goda, HDL, är ett komma noll, och triglyceriderna två komma fyra."), Fact.Kind.LAB))
                .containsExactly("Totalkolesterol 7,2", "HDL 1,0", "Triglycerider 2,4");
    }

    @Test
    void aBloodValueNamedLastIsTheOneItsNumberBelongsTo() {
        assertThat(texts(said("Blodvärdet är nittioåtta.", "De röda blodkropparna är små, MCV är sjuttiotre."), Fact.Kind.LAB))
                .containsExactly("Hb 98", "MCV 73");
    }

    @Test
    void aFormsSumComesInPoints() {
        assertThat(texts(said("Och i remissen står det att minnestestet, MoCA, blev tjugotvå poäng av trettio."), Fact.Kind.SCORE))
                .containsExactly("MoCA 22");
        assertThat(texts(said("Nu har jag ställt några frågor om maten, det heter MNA,", "och du får sex poäng av fjorton."),
                Fact.Kind.SCORE)).containsExactly("MNA 6");
        assertThat(texts(said("Sömnformuläret, ISI, gav nitton poäng."), Fact.Kind.SCORE)).containsExactly("ISI 19");
    }

    @Test
    void aSumSaidBeforeItsFormIsThatFormsScore() {
        assertThat(texts(said("Du har fått arton poäng på PHQ nio, det talar för en depression."), Fact.Kind.SCORE))
                .containsExactly("PHQ-9 18");
    }

    @Test
    void aHeightIsNoWeight() {
        assertThat(texts(said("Och vikten idag?", "Och med din längd, hundrasextiotvå, blir BMI ungefär tjugo."),
                Fact.Kind.VITAL_SIGN)).isEmpty();
    }

    @Test
    void aRashFromAMedicineIsAnAllergyNotAMedicine() {
        List<Utterance> us = said("Hon fick utslag av Bactrim en gång.");
        assertThat(texts(us, Fact.Kind.ALLERGY)).containsExactly("Allergi: bactrim");
        assertThat(texts(us, Fact.Kind.MEDICATION)).isEmpty();
        // A rash from food is no drug allergy.
        assertThat(texts(said("Men hon fick utslag av ägg när hon var liten."), Fact.Kind.ALLERGY)).isEmpty();
    }
}
