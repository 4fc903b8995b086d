package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.TestUtterances;

/** Results said in words: the dipstick, a strep test, a lab said to be normal. */
class QualitativeLabPatternTest {

    private final FactExtractor extractor = new FactExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Den är nitritpositiv, leukocyter tre plus och blod ett plus.|U-sticka: nitrit pos, leukocyter 3+, blod 1+",
            "Urinstickan visar nitrit positivt och vita blodkroppar tre plus.|U-sticka: nitrit pos, leukocyter 3+",
            "Så, nu har jag svaret, och det är positivt för streptokocker.|Strep A positivt",
            "Och sköldkörteln, TSH, var normal.|TSH normalt",
    })
    void aResultSaidInWordsIsWrittenAsTheJournalDoes(String said, String written) {
        assertThat(extractor.extract(TestUtterances.utterance(said, "sv"), "sv")).filteredOn(f -> f.kind() == Fact.Kind.LAB)
                .extracting(Fact::text).containsExactly(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Och sköldkörteln, TSH, var normal, ett komma åtta.|TSH 1,8",
            "Leukocyter tolv.|Leukocyter 12",
    })
    void aValueSaidWithItIsTheValue(String said, String written) {
        assertThat(extractor.extractAll(java.util.List.of(TestUtterances.utterance(said, "sv")), "sv"))
                .extracting(FactExtractor.Said::fact).filteredOn(f -> f.kind() == Fact.Kind.LAB)
                .extracting(Fact::text).containsExactly(written);
    }
}
