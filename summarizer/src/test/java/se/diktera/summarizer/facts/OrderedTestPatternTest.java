package se.diktera.summarizer.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.TestUtterances;

/** Tests sent or ordered: a culture taken or sent, blood tests ordered in a patient's words. */
class OrderedTestPatternTest {

    private final FactExtractor extractor = new FactExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Då skickar jag en urinodling också, för säkerhets skull.|urinodling skickad",
            "Vi skickar kisset på odling i dag.|U-odling skickad",
            "Jag tar en odling här från såret innan jag lägger om.|sårodling tagen",
            "Vi tar en svalgodling med en gång.|svalgodling tagen",
            "Och så tar vi blodprover i dag: järnvärden och leverprover.|järnstatus beställt, leverprover beställt",
            "Jag beställer prover, ett prov för bukspottkörteln och levervärden.|pankreasamylas beställt, leverprover beställt",
    })
    void aTestSentOrOrderedIsWrittenAsTheJournalDoes(String said, String written) {
        assertThat(extractor.extract(TestUtterances.utterance(said, "sv"), "sv")).filteredOn(f -> f.kind() == Fact.Kind.LAB)
                .extracting(Fact::text).containsExactly(written.split(", "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Vi behöver ingen odling den här gången.",
            "Jag ringer när odlingssvaret har kommit.",
            "Tar du medicinen på morgonen?",
            "Vi tar inte någon odling nu.",
    })
    void noTestIsOrderedWhenNoneIs(String said) {
        assertThat(extractor.extract(TestUtterances.utterance(said, "sv"), "sv")).filteredOn(f -> f.kind() == Fact.Kind.LAB)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Vi skickar kisset på odling.", "Jag tar en odling från såret."})
    void theFactRestsOnTheWordsThatSaidIt(String said) {
        assertThat(extractor.extract(TestUtterances.utterance(said, "sv"), "sv")).filteredOn(f -> f.kind() == Fact.Kind.LAB)
                .singleElement().satisfies(f -> assertThat(f.evidence()).isNotEmpty());
    }
}
