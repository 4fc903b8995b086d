package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.diktera.summarizer.facts.SaidAloud.said;
import static se.diktera.summarizer.facts.SaidAloud.texts;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.TestUtterances;
import se.diktera.summarizer.text.Utterance;

/**
 * Results, ratings and allergies as the newer consultations say them: thyroid and liver values in a
 * row, the fasting glucose, no protein in the urine, a normal ECG, breaths counted, a rating "en trea",
 * and "inga mediciner" in the answer to an allergy question.
 */
class ResultsRatingsAndAllergiesSaidOtherwiseTest {

    @Test
    void freeThyroxineAndTheLiverValueAreTheirOwnLabs() {
        assertThat(texts(said("TSH var två komma ett, och fritt T fyra var sexton."), Fact.Kind.LAB))
                .containsExactly("TSH 2,1", "fritt T4 16");
        assertThat(texts(said("LDL var två komma fyra.", "Levervärdet ALAT var noll komma fyra, normalt."), Fact.Kind.LAB))
                .containsExactly("LDL 2,4", "ALAT 0,4");
    }

    @Test
    void aValueAskedBackIsNoNewValue() {
        assertThat(texts(said("Levervärdet ALAT var noll komma fyra.", "Är det bra med två komma fyra?"), Fact.Kind.LAB))
                .containsExactly("ALAT 0,4");
    }

    @Test
    void theFastingBloodSugarIsTheFastingGlucose() {
        assertThat(texts(said("Och fasteblodsockret nio komma ett."), Fact.Kind.LAB)).containsExactly("fP-glukos 9,1");
        assertThat(texts(said("Fastande sockret var elva komma två."), Fact.Kind.LAB)).containsExactly("fP-glukos 11,2");
    }

    @Test
    void noProteinInTheUrineAndANormalEcgAreResults() {
        assertThat(texts(said("Kreatinin sjuttiotvå och ingen äggvita i urinen."), Fact.Kind.LAB))
                .containsExactly("Kreatinin 72", "Ingen albuminuri");
        assertThat(texts(said("Och EKG:t är normalt, regelbunden sinusrytm."), Fact.Kind.LAB)).containsExactly("EKG normalt");
    }

    @Test
    void breathsCountedPerMinuteAreTheRespiratoryRate() {
        assertThat(texts(said("Han andas tjugo andetag i minuten, lite snabbt."), Fact.Kind.VITAL_SIGN)).containsExactly("AF 20");
        assertThat(texts(said("Och hon andas tjugofyra gånger i minuten."), Fact.Kind.VITAL_SIGN)).containsExactly("AF 24");
    }

    @Test
    void aFormNamedWithItsNumberIsNoScoreAndANamedScaleGivesPoints() {
        assertThat(texts(said("Du fyllde i ett formulär ute i väntrummet, PHQ nio."), Fact.Kind.SCORE)).isEmpty();
        assertThat(texts(said("Jag har gjort riskbedömningen med Nortonskalan, och han får tretton poäng."), Fact.Kind.SCORE))
                .containsExactly("Norton 13");
    }

    @Test
    void painRatedAsEnTreaIsARating() {
        assertThat(texts(said("Och smärtan, om du jämför med för några dagar sen?", "Det hade lagt sig till en trea kanske.",
                "Men nu är det värre igen.", "En sexa."), Fact.Kind.SCORE)).containsExactly("NRS 3", "NRS 6");
        assertThat(texts(said("Hur ont gör det, om tio är värsta tänkbara?", "När jag rör mig är det en sjua."), Fact.Kind.SCORE))
                .containsExactly("NRS 7/10");
        assertThat(texts(said("Smärtan har jag haft i tre dagar."), Fact.Kind.SCORE)).isEmpty();
    }

    @Test
    void aGoalBetweenTwoNumbersIsNoValue() {
        assertThat(texts(said("PK var två komma fyra.", "Målet för dig är mellan två och tre."), Fact.Kind.LAB))
                .containsExactly("PK/INR 2,4");
    }

    @Test
    void noneToMedicinesInTheAnswerIsNoKnownDrugAllergy() {
        List<Utterance> us = new ArrayList<>();
        us.add(new Utterance("s1", "A", TestUtterances.words("Inga allergier?", 0, 0.95), "sv"));
        us.add(new Utterance("s2", "B", TestUtterances.words("Nej.", 2000, 0.95), "sv"));
        us.add(new Utterance("s2", "B", TestUtterances.words("Jo, katt.", 3000, 0.95), "sv"));
        us.add(new Utterance("s2", "B", TestUtterances.words("Men inga mediciner.", 4000, 0.95), "sv"));

        assertThat(texts(us, Fact.Kind.ALLERGY)).containsExactly("Inga kända läkemedelsallergier");
    }
}
