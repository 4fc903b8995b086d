package se.diktera.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordErrorRateTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" = {2}")
    @CsvSource({
            "'a fever for three days', 'a fever for three days', 0.0",
            "'A fever, for three days.', 'a fever for three days', 0.0",
            "'a fever for three days', 'a fever for two days', 0.2",
            "'a fever for three days', 'fever for three days', 0.2",
            "'a fever for three days', 'a high fever for three days', 0.2",
            "'a fever', '', 1.0",
            "'', '', 0.0",
            "'one two', 'three four five six', 2.0",
    })
    void countsSubstitutionsDeletionsAndInsertionsOverTheReference(String reference, String hypothesis, double wer) {
        assertThat(WordErrorRate.between(reference, hypothesis)).isCloseTo(wer, within(1e-9));
    }
}
