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

/** Plans, ratings, readings and allergies as they are said, punctuated or not. */
class SpokenPlansAndRatingsTest {

    @Test
    void aCallIsWrittenWithTheVerbSaid() {
        assertThat(texts(said("Om hon får svårt att andas eller blir slö, då ska ni söka akut."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Söka akut om pat får svårt att andas eller blir slö");
        assertThat(texts(said("Och om magen blir hård och ont, då ska du också ringa."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Hör av sig om magen blir hård och ont");
        assertThat(texts(said("Om det börjar blöda igen, hör av dig direkt."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Hör av sig direkt om det börjar blöda igen");
    }

    @Test
    void aConditionInsideAnUnpunctuatedTurnIsFound() {
        assertThat(texts(said("det läker fint nu men om såret blir rött och varmt hör av dig"), Fact.Kind.FOLLOW_UP))
                .containsExactly("Hör av sig om såret blir rött och varmt");
        assertThat(texts(said("ta tabletten tre gånger om dagen och om du får utslag", "då ringer du oss"), Fact.Kind.FOLLOW_UP))
                .containsExactly("Hör av sig om pat får utslag");
    }

    @Test
    void aPlanSaidBackIsOnePlanAndNeitherAnIncomingReferralNorHearingCheckIsAPlan() {
        assertThat(texts(said("Vi ses igen om tre veckor.", "Om tre veckor, okej."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Ses igen om 3 veckor");
        assertThat(texts(said("Hör du mig nu?"), Fact.Kind.FOLLOW_UP)).isEmpty();
        assertThat(texts(said("Du har fått en remiss från din läkare för ryggen."), Fact.Kind.FOLLOW_UP)).isEmpty();
        assertThat(texts(said("Det stod i remissen att du har ont i axeln."), Fact.Kind.FOLLOW_UP)).isEmpty();
    }

    @Test
    void aRatingSaidAsADigitNounIsTheRating() {
        List<Utterance> us = said("Hur ont har du, om noll är inget och tio värsta tänkbara?", "Kanske en sexa.",
                "Och när du sitter still?", "En etta.");

        assertThat(texts(us, Fact.Kind.SCORE)).containsExactly("NRS 6/10", "NRS 1/10");
        assertThat(texts(said("Om jag ska sätta en siffra på värken är det en trea av tio."), Fact.Kind.SCORE))
                .containsExactly("NRS 3/10");
    }

    @Test
    void aRatingOfSomethingElseIsNoPainRating() {
        assertThat(texts(said("På en skala från noll till tio, hur gärna vill du sluta snusa?", "Nio."), Fact.Kind.SCORE))
                .isEmpty();
        assertThat(texts(said("Hur andfådd är du just nu, från noll till tio?", "En trea."), Fact.Kind.SCORE))
                .containsExactly("Borg CR10 3");
    }

    @Test
    void aFormsSumComesOnceItIsFilledIn() {
        List<Utterance> us = said("Här har du AUDIT, ett formulär om alkohol.", "Vill du fylla i det?", "Ja.", "Så.",
                "Är du klar?", "Det blir elva poäng.", "Förra året hade du tretton.");

        assertThat(texts(us, Fact.Kind.SCORE)).containsExactly("AUDIT 11", "AUDIT 13");
    }

    @Test
    void peakFlowIsReadAfterTheBlowing() {
        List<Utterance> us = said("Nu får du blåsa så hårt du kan.", "Fyrahundratio.", "Bästa är fyrahundrafyrtio liter per minut.");

        assertThat(texts(us, Fact.Kind.SCORE)).containsExactly("PEF 410", "PEF 440");
        assertThat(texts(said("Mät PEF morgon och kväll i två veckor."), Fact.Kind.SCORE)).isEmpty();
    }

    @Test
    void breathsAreCountedPerMinuteAndAPressureIsABloodPressure() {
        assertThat(texts(said("Jag räknar andningen en liten stund.", "Arton i minuten."), Fact.Kind.VITAL_SIGN))
                .containsExactly("AF 18");
        assertThat(texts(said("Blodtrycket liggande är hundrafyrtio över åttio, pulsen sjuttio.",
                "Och stående hundratjugo över sjuttiofem."), Fact.Kind.VITAL_SIGN)).contains("BT 120/75");
        assertThat(texts(said("Hemma vill vi att trycket ligger under hundratrettiofem genom åttiofem."), Fact.Kind.VITAL_SIGN))
                .isEmpty();
    }

    @Test
    void aLimitACallAndAnotherUnitAreNoReadings() {
        assertThat(texts(said("Tempen tar du morgon och kväll.", "Om tempen går över trettioåtta komma fem, ring oss."),
                Fact.Kind.VITAL_SIGN)).isEmpty();
        assertThat(texts(said("Hon väger sextio kilo.", "Blir hon sämre ska ni ringa ett ett två."), Fact.Kind.VITAL_SIGN))
                .containsExactly("Vikt 60 kg");
        assertThat(texts(said("Han har gått ner i vikt.", "Vi sänker insulinet från tjugo till sexton enheter."),
                Fact.Kind.VITAL_SIGN)).isEmpty();
    }

    @Test
    void noAllergyToMedicinesIsWrittenSo() {
        List<Utterance> us = new ArrayList<>();
        us.add(new Utterance("s1", "A", TestUtterances.words("Några allergier mot mediciner?", 0, 0.95), "sv"));
        us.add(new Utterance("s2", "B", TestUtterances.words("Nej.", 3000, 0.95), "sv"));

        assertThat(texts(us, Fact.Kind.ALLERGY)).containsExactly("Inga kända läkemedelsallergier");
        assertThat(texts(said("Ingen allergi."), Fact.Kind.ALLERGY)).containsExactly("Inga kända allergier");
    }

    @Test
    void aMedicineOnlyMentionedIsNoMedication() {
        assertThat(texts(said("Då ska du undvika Ipren och liknande."), Fact.Kind.MEDICATION)).isEmpty();
        assertThat(texts(said("Normalt skulle jag ge Kåvepenin, men du tål ju inte penicillin."), Fact.Kind.MEDICATION)).isEmpty();
        assertThat(texts(said("Har du tagit värktabletter som Treo?"), Fact.Kind.MEDICATION)).isEmpty();
        assertThat(texts(said("Jag hade Pulmicort förut men slutade."), Fact.Kind.MEDICATION)).isEmpty();
        assertThat(texts(said("Jag tar Alvedon när det värker."), Fact.Kind.MEDICATION)).containsExactly("Alvedon");
    }
}
