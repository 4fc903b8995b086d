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

/** Facts that only the conversation states: values said apart from their names, answers, plans cut in two. */
class FactsAcrossUtterancesTest {

    private final FactExtractor extractor = new FactExtractor();

    @Test
    void aMeasurementNamedBeforeItsValueIsThatMeasurement() {
        List<Utterance> us = said("Nu mäter jag blodtrycket...", "hundratrettiofyra genom sjuttioåtta.", "Fint.",
                "Och på vågen...", "åttioett kilo.", "Åttioett!", "Förra gången var det åttiotre, det har väl promenaderna gjort.");

        assertThat(texts(us, Fact.Kind.VITAL_SIGN)).containsExactly("BT 134/78", "Vikt 81 kg", "Vikt 83 kg");
        FactExtractor.Said pressure = extractor.extractAll(us, "sv").stream()
                .filter(s -> s.fact().text().equals("BT 134/78")).findFirst().orElseThrow();
        assertThat(pressure.utterance()).isEqualTo(1);
        assertThat(pressure.fact().evidence().get(0)).isEqualTo(us.get(1).span(0, us.get(1).text().indexOf('.')));
    }

    @Test
    void aLabReadOutKeepsItsNameForTheEarlierValueButNotForTheGoal() {
        List<Utterance> us = said("Långtidssockret, HbA ett c, är femtiosex.", "Förra året var det femtiotvå, så det har gått upp.",
                "Oj.", "Nej, målet för dig är under femtiotvå ungefär.");

        assertThat(texts(us, Fact.Kind.LAB)).containsExactly("HbA1c 56", "HbA1c 52");
    }

    @Test
    void aRatingAskedForIsTheAnswersNumberNotTheEndsOfTheScale() {
        List<Utterance> us = said("Om du skulle sätta en siffra på smärtan, noll är ingen smärta",
                "och tio värsta tänkbara, vad skulle du säga?", "Nu?", "Sju.", "När jag ska vända mig i sängen är det nog nio.");

        assertThat(texts(us, Fact.Kind.SCORE)).containsExactly("NRS 7/10", "NRS 9/10");
    }

    @Test
    void numbersOfOtherThingsAreNotValues() {
        List<Utterance> us = said("Har du mätt tempen?", "Ja, i tre dagar, två gånger om dagen.", "Jag tog två tabletter.");

        assertThat(texts(us, Fact.Kind.VITAL_SIGN)).isEmpty();
    }

    @Test
    void anAnswerToAnAllergyQuestionNamesTheAllergens() {
        List<Utterance> us = new ArrayList<>();
        us.add(new Utterance("s1", "A", TestUtterances.words("Har han några allergier?", 0, 0.95), "sv"));
        us.add(new Utterance("s2", "B", TestUtterances.words("Björkpollen. Och han blir lite täppt av katt.", 3000, 0.95), "sv"));

        assertThat(texts(us, Fact.Kind.ALLERGY)).containsExactly("Allergi: björkpollen", "Allergi: katt");
    }

    @Test
    void aConditionCutFromItsCallIsWhenToCall() {
        List<Utterance> us = said("Och om du får mycket ont i magen eller börjar kräkas,", "då ringer du oss.");

        assertThat(texts(us, Fact.Kind.FOLLOW_UP)).containsExactly("Hör av sig om pat får mycket ont i magen eller börjar kräkas");
    }

    @Test
    void aPlanWithATimeAheadIsAFollowUpAndAnEmergencyNumberIsNamed() {
        assertThat(texts(said("Jag kommer tillbaka om två veckor och väger dig igen."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Kommer tillbaka om 2 veckor och väger pat igen");
        assertThat(texts(said("Och får han svårt att andas i vila, då ringer ni ett ett två."), Fact.Kind.FOLLOW_UP))
                .containsExactly("Ring 112 om får pat svårt att andas i vila");
        assertThat(texts(said("Hur var det i torsdags?"), Fact.Kind.FOLLOW_UP)).isEmpty();
    }

    @Test
    void aDoseBelongsToTheDrugNamedJustBeforeAndAFillerWordIsNoDrug() {
        assertThat(texts(said("Alvedon kan du ta vid behov, femhundra milligram."), Fact.Kind.MEDICATION))
                .containsExactly("Alvedon 500 mg");
        assertThat(texts(said("Det blir alltså tvåhundra milligram."), Fact.Kind.MEDICATION)).isEmpty();
        assertThat(texts(said("Han är allergisk mot penicillin."), Fact.Kind.MEDICATION)).isEmpty();
    }

    @Test
    void aHundredKilobyteWordIsReadOnceAndNamesNothing() {
        String word = "a".repeat(100_000);

        assertThat(extractor.extractAll(said("Han tar " + word + " 500 mg varje dag.", word), "sv"))
                .extracting(s -> s.fact().text()).allMatch(t -> t.length() < 200);
    }
}
