package se.diktera.summarizer.composer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.diktera.summarizer.TestUtterances;
import se.diktera.summarizer.text.UtteranceSplitter;

class KeepThresholdsTest {

    private final KeepThresholds thresholds = new KeepThresholds(0.3, 0.45);

    @Test
    void aTypedTranscriptIsKeptAtThePunctuatedThresholdARecognisersAtTheBareOne() {
        var typed = UtteranceSplitter.split(TestUtterances.transcript("sv", "Har du feber?", "Nej, inte alls."));
        var heard = UtteranceSplitter.split(TestUtterances.transcript("sv", "har du feber", "nej inte alls"));

        assertThat(thresholds.forTranscript(typed)).isEqualTo(0.3);
        assertThat(thresholds.forTranscript(heard)).isEqualTo(0.45);
    }
}
