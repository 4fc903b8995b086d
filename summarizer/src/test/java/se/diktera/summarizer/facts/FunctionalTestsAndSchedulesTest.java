package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.diktera.summarizer.facts.SaidAloud.said;
import static se.diktera.summarizer.facts.SaidAloud.texts;

import org.junit.jupiter.api.Test;

import se.diktera.core.note.Fact;

/** Functional tests read out while done, ranges of ratings, nicotine products, glucose as named, plans that are no plans. */
class FunctionalTestsAndSchedulesTest {

    @Test
    void aTimedWalkIsTugWithItsSeconds() {
        assertThat(texts(said("När jag säger gå reser du dig, går bort till dörren, vänder och sätter dig.", "Gå nu.",
                "Bra.", "Sexton sekunder."), Fact.Kind.SCORE)).containsExactly("TUG 16 s");
    }

    @Test
    void balanceAndRisingTestsAreReadOutAfterTheirInstruction() {
        assertThat(texts(said("Ställ ena foten framför den andra.", "Åtta sekunder.", "Och nu stå på ett ben.",
                "Inte ens fyra sekunder.", "Res dig så många gånger du kan på trettio sekunder.", "Elva stycken."),
                Fact.Kind.SCORE)).containsExactly("Tandemstående 8 s", "Enbensstående <4 s", "30 s uppresningstest 11 st");
        // Unpunctuated, the result comes in the instruction's own utterance.
        assertThat(texts(said("och res dig så många gånger du kan på trettio sekunder tolv gånger bra"), Fact.Kind.SCORE))
                .containsExactly("30 s uppresningstest 12 ggr");
    }

    @Test
    void anExercisePrescribedIsNoTest() {
        assertThat(texts(said("Hemma gör du tre övningar.", "Och stå på ett ben vid diskbänken, trettio sekunder."),
                Fact.Kind.SCORE)).isEmpty();
    }

    @Test
    void gripStrengthTakesTheSideSaid() {
        assertThat(texts(said("Krama mätaren så hårt du kan med vänster hand.", "Tjugoen kilo.", "Och höger.", "Tjugofyra kilo."),
                Fact.Kind.SCORE)).containsExactly("Greppkraft vä 21 kg", "Greppkraft hö 24 kg");
    }

    @Test
    void aRatingSaidAsTwoNextNumbersIsARange() {
        assertThat(texts(said("Hur ont har du på en skala noll till tio?", "Fem, sex kanske."), Fact.Kind.SCORE))
                .containsExactly("NRS 5-6/10");
    }

    @Test
    void aLimitOnPainIsNoRating() {
        assertThat(texts(said("Det får göra lite ont när du tränar, upp till fyra av tio."), Fact.Kind.SCORE)).isEmpty();
    }

    @Test
    void theAsthmaControlTestIsAScore() {
        assertThat(texts(said("Astmaformuläret ACT gav nitton poäng."), Fact.Kind.SCORE)).containsExactly("ACT 19");
    }

    @Test
    void nicotineProductsAreMedicines() {
        assertThat(texts(said("Du börjar med nikotinplåster på måndag, femton milligram, ett om dagen."), Fact.Kind.MEDICATION))
                .containsExactly("Nikotinplåster 15 mg (ny)");
        assertThat(texts(said("Och nikotintuggummi fyra milligram vid behov."), Fact.Kind.MEDICATION))
                .containsExactly("Nikotintuggummi 4 mg vb");
    }

    @Test
    void glucoseIsNamedAsSaid() {
        assertThat(texts(said("Svaren: CRP tolv, glukos sju komma åtta."), Fact.Kind.LAB)).containsExactly("CRP 12", "Glukos 7,8");
        assertThat(texts(said("Blodsockret var nio komma ett i morse."), Fact.Kind.LAB)).containsExactly("P-glukos 9,1");
    }

    @Test
    void twoTimesInASentenceAreTwoPlansUnlessTheySayOneTime() {
        assertThat(texts(said("Jag ringer imorgon och hör hur det går, sen kommer jag hem till dig på fredag."),
                Fact.Kind.FOLLOW_UP)).hasSize(2);
        assertThat(texts(said("Nytt prov om två veckor, på onsdag nästa vecka."), Fact.Kind.FOLLOW_UP)).hasSize(1);
    }

    @Test
    void aScheduleOrARelativesVisitIsNoPlan() {
        assertThat(texts(said("Från imorgon tar du en halv tablett på tisdag, torsdag och lördag."), Fact.Kind.FOLLOW_UP)).isEmpty();
        assertThat(texts(said("Ja, sonen kommer på lördag, han hjälper mig."), Fact.Kind.FOLLOW_UP)).isEmpty();
    }
}
