package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static se.diktera.summarizer.facts.SaidAloud.said;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Doses said in the sentences after the drug, a course in steps, a second route, kinds giving way to products, listed names. */
class MedicationStepsAndCarriedDosesTest {

    private final FactExtractor extractor = new FactExtractor();

    private List<String> medications(List<Utterance> us) {
        return DistinctFacts.of(extractor.extractAll(us, "sv").stream().map(FactExtractor.Said::fact).toList()).stream()
                .filter(f -> f.kind() == Fact.Kind.MEDICATION).map(Fact::text).toList();
    }

    @Test
    void aCourseInTwoStepsIsTwoLinesWithTheDosesSaidAfterTheName() {
        assertThat(medications(said("Då skriver jag ut Doxyferm.",
                "Du tar två tabletter, alltså tvåhundra milligram, en gång om dagen i fem dagar,",
                "och sen en tablett, hundra milligram, en gång om dagen i fem dagar.")))
                .containsExactly("Doxyferm 200 mg 1x1 i 5 dagar", "Doxyferm 100 mg 1x1 i 5 dagar");
    }

    @Test
    void aDoseRaisedForGoodIsOneMedicine() {
        assertThat(medications(said("Vi börjar med Escitalopram.", "Du tar fem milligram en gång om dagen första veckan,",
                "och sen tio milligram en gång om dagen."))).hasSize(1).allMatch(t -> t.startsWith("Escitalopram"));
    }

    @Test
    void aDoseUnderTheSkinBesidesTabletsIsAMedicineOfItsOwn() {
        assertThat(medications(said("Du har Oxynorm fem milligram vid behov.", "Sköterskan kan också ge oxynorm i nålen.",
                "Två komma fem milligram vid behov."))).containsExactly("Oxynorm 5 mg vb", "Oxynorm 2,5 mg sc vb");
    }

    @Test
    void aDoseInTheNextSentenceOfSomeoneElseOrWithItsOwnNameIsNotCarried() {
        assertThat(medications(said("Jag tar Alvedon ibland.", "Och Ipren fyrahundra milligram när det är som värst.")))
                .containsExactly("Alvedon", "Ipren 400 mg");
        assertThat(medications(said("Jag tar Alvedon ibland.", "Jag väger sjuttio kilo."))).containsExactly("Alvedon");
    }

    @Test
    void aKindOfMedicineGivesWayToTheProductNamedRightAfterIt() {
        assertThat(medications(said("P-piller, Yasmin."))).containsExactly("Yasmin");
        assertThat(medications(said("Jag tar insulin och Metformin."))).containsExactly("Insulin", "Metformin");
        assertThat(medications(said("Jag har p-piller."))).containsExactly("P-piller");
    }

    @Test
    void commonPrimaryCareProductsAreKnownByName() {
        assertThat(medications(said("Smörj med Canoderm morgon och kväll och Mildison på kvällen.")))
                .containsExactly("Canoderm", "Mildison");
        assertThat(medications(said("Hon har en hormonspiral och tar Laxido ibland."))).containsExactly("Hormonspiral", "Laxido");
    }
}
