package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.diktera.core.note.Fact;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.summarizer.TestUtterances;
import se.diktera.summarizer.text.Utterance;

class FactExtractorTest {

    private final FactExtractor extractor = new FactExtractor();

    private List<Fact> facts(String text, String language, Fact.Kind kind) {
        return extractor.extract(TestUtterances.utterance(text, language), language).stream()
                .filter(f -> f.kind() == kind).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "sv|Hon tar Alvedon 500 mg 1x3|Alvedon|500|mg||1x3",
            "sv|Metformin 0,5 g två gånger dagligen|Metformin|0,5|g||1x2",
            "sv|Levaxin 100 mikrogram per os på morgonen|Levaxin|100|µg|per os|på morgonen",
            "sv|vi sätter in amoxicillin femhundra milligram tre gånger om dagen|Amoxicillin|500|mg||1x3",
            "sv|Furix 40 mg dagligen|Furix|40|mg||dagligen",
            "en|She takes amoxicillin 500 mg three times a day|Amoxicillin|500|mg||3 times a day",
            "en|metoprolol 25 milligrams by mouth twice daily|Metoprolol|25|mg|by mouth|twice daily",
            "en|insulin 10 units at night|Insulin|10|E||at night",
            "en|ibuprofen 400 mg as needed|Ibuprofen|400|mg||as needed",
    })
    void findsMedicationsWithDoseUnitRouteAndFrequency(String language, String text, String name, String dose,
            String unit, String route, String frequency) {
        List<Fact> found = facts(text, language, Fact.Kind.MEDICATION);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).attributes()).containsEntry("name", name).containsEntry("dose", dose).containsEntry("unit", unit);
        if (route != null) {
            assertThat(found.get(0).attributes()).containsEntry("route", route);
        }
        assertThat(found.get(0).attributes().get("frequency")).isEqualTo(frequency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "sv|Blodtryck 134/74 puls 78|blood-pressure=134/74;pulse=78",
            "sv|blodtrycket är hundratrettiofyra över sjuttiofyra|blood-pressure=134/74",
            "sv|temp 38,2 saturation 96 % andningsfrekvens 16|temperature=38,2;oxygen-saturation=96;respiratory-rate=16",
            "sv|temperaturen trettioåtta komma två grader|temperature=38,2",
            "sv|saturation nittiosex procent|oxygen-saturation=96",
            "en|blood pressure was 120 over 80 and pulse 64|blood-pressure=120/80;pulse=64",
            "en|BP 142/91, heart rate 88|blood-pressure=142/91;pulse=88",
            "en|temperature thirty eight point five|temperature=38.5",
            "en|oxygen saturation 97 percent, respiratory rate 18|oxygen-saturation=97;respiratory-rate=18",
    })
    void findsVitalSigns(String language, String text, String expected) {
        List<String> found = facts(text, language, Fact.Kind.VITAL_SIGN).stream()
                .map(f -> f.attributes().get("kind") + "=" + f.attributes().get("value")).sorted().toList();

        assertThat(found).containsExactlyInAnyOrder(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "sv|jag är allergisk mot penicillin|penicillin",
            "sv|han tål inte kodein|kodein",
            "sv|allergi mot nötter och pollen|nötter och pollen",
            "sv|inga kända allergier|none known",
            "en|she is allergic to sulfa|sulfa",
            "en|no known drug allergies|none known",
    })
    void findsAllergiesAndTheirAbsence(String language, String text, String substance) {
        assertThat(facts(text, language, Fact.Kind.ALLERGY)).extracting(f -> f.attributes().get("substance")).containsExactly(substance);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "sv|hon har haft feber sedan tre dagar|DURATION|Sedan 3 dagar",
            "sv|ont i magen sedan i måndags|DURATION|Sedan i måndags",
            "sv|hostat i två veckor|DURATION|I 2 veckor",
            "sv|återbesök om två veckor|FOLLOW_UP|Återbesök om 2 veckor",
            "sv|ny kontroll efter en månad|FOLLOW_UP|Ny kontroll efter 1 månad",
            "en|a cough for two weeks|DURATION|For 2 weeks",
            "en|fever since monday|DURATION|Since monday",
            "en|we will see her again in two weeks|FOLLOW_UP|See her again in 2 weeks",
            "en|follow up in one month|FOLLOW_UP|Follow up in 1 month",
    })
    void findsDurationsAndFollowUps(String language, String text, Fact.Kind kind, String expected) {
        assertThat(facts(text, language, kind)).extracting(Fact::text).containsExactly(expected);
    }

    @Test
    void aNumberAloneIsNoMedicationAndWordsBeforeADoseAreNotItsName() {
        assertThat(facts("hon tar 500 mg", "sv", Fact.Kind.MEDICATION)).isEmpty();
        assertThat(facts("jag har tre barn", "sv", Fact.Kind.MEDICATION)).isEmpty();
        assertThat(facts("the patient is doing well", "en", Fact.Kind.VITAL_SIGN)).isEmpty();
    }

    @Test
    void everyFactPointsAtTheWordsItCameFrom() {
        Utterance u = TestUtterances.utterance("hon har blodtryck hundratrettiofyra över sjuttiofyra idag", "sv");

        Fact bp = extractor.extract(u, "sv").get(0);

        // words 2..5 ("blodtryck" to "sjuttiofyra"), 500 ms each, 450 ms long
        assertThat(bp.evidence()).containsExactly(new TranscriptSpan("s1", 1000, 2950));
        assertThat(bp.text()).isEqualTo("BT 134/74");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "sv|Kåvepenin, en tablett ett gram tre gånger om dagen i tio dagar|Kåvepenin 1 g 1x3 i 10 dagar",
            "sv|vi höjer Furix till fyrtio milligram två gånger om dagen|Furix 40 mg 1x2 (ändrad)",
            "sv|Simvastatin sätter vi ut|Simvastatin (utsatt)",
            "sv|och så Airomiren när det behövs|Airomir",
            "sv|jag skriver ut Sertralin tjugofem milligram en gång om dagen|Sertralin 25 mg 1x1 (ny)",
            "sv|Alvedon femhundra milligram vid behov|Alvedon 500 mg vb",
            "en|we will increase lisinopril to 40 mg daily|Lisinopril 40 mg daily (changed)",
            "en|stop the ibuprofen|Ibuprofen (stopped)",
    })
    void writesMedicationsAsTheJournalDoes(String language, String text, String written) {
        assertThat(facts(text, language, Fact.Kind.MEDICATION)).extracting(Fact::text).containsExactly(written);
    }

    @org.junit.jupiter.api.Test
    void aNoToAnAllergyQuestionIsNoKnownAllergiesRestingOnBoth() {
        var q = TestUtterances.utterance("är du allergisk mot nånting", "sv");
        var a = TestUtterances.utterance("nej inte vad jag vet", "sv");

        assertThat(extractor.fromAnswer(q, a, "sv")).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Inga kända allergier");
            assertThat(f.evidence()).hasSize(2);
        });
        assertThat(extractor.fromAnswer(TestUtterances.utterance("har du ont i halsen", "sv"), a, "sv")).isEmpty();
        assertThat(extractor.fromAnswer(TestUtterances.utterance("any allergies to medications", "en"),
                TestUtterances.utterance("no", "en"), "en")).extracting(Fact::text).containsExactly("No known allergies");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "sv|CRP:t var fyrtiotvå|LAB|CRP 42",
            "sv|långtidssockret ligger på femtiosex|LAB|HbA1c 56",
            "sv|kalium fyra komma tre och kreatinin hundratjugoett|LAB|Kalium 4,3;Kreatinin 121",
            "sv|LDL-kolesterolet är två komma ett|LAB|LDL 2,1",
            "en|hemoglobin a1c of 7.2|LAB|HbA1c 7.2",
            "sv|hur ont på en skala, sex av tio ungefär|SCORE|NRS 6/10",
            "sv|PHQ nio blev arton poäng|SCORE|PHQ-9 18",
            "sv|vikten är åttiotvå kilo|VITAL_SIGN|Vikt 82 kg",
            "sv|saturationen är nittiofyra procent|VITAL_SIGN|Sat 94 %",
            "sv|hör av dig om det blir värre|FOLLOW_UP|Hör av sig om det blir värre",
            "sv|jag ringer upp dig på måndag|FOLLOW_UP|Telefonkontakt på måndag",
            "sv|nu mäter jag blodtrycket... hundratrettiofyra genom sjuttioåtta|VITAL_SIGN|BT 134/78",
            "sv|och på vågen åttioett kilo|VITAL_SIGN|Vikt 81 kg",
            "sv|jag mätte trettioåtta komma nio igår kväll|VITAL_SIGN|Temp 38,9",
            "sv|gått ner två kilo|VITAL_SIGN|",
            "sv|sju av tio ungefär|SCORE|NRS 7/10",
            "sv|alltså fyra av fyra Centorkriterier|SCORE|Centor 4/4",
            "sv|jag skickar en remiss till fysioterapeuten|FOLLOW_UP|Remiss till fysioterapeuten",
            "sv|då ska du söka akut direkt|FOLLOW_UP|Söka akut direkt",
    })
    void findsLabsScoresVitalsAndFollowUpsAsSpoken(String language, String text, Fact.Kind kind, String written) {
        assertThat(facts(text, language, kind)).extracting(Fact::text)
                .containsExactly(written == null ? new String[0] : written.split(";"));
    }
}
