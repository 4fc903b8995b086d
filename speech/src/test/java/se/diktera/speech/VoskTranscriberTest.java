package se.diktera.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.engine.TranscriptionResult;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Word;
import se.diktera.models.InstalledModel;
import se.diktera.speech.audio.AudioFiles;
import se.diktera.speech.vosk.VoskTranscriber;

/** Real Vosk on the real English model, against speech synthesised by espeak-ng. */
class VoskTranscriberTest {

    static final String DICTATION = "The patient has had a fever for three days. "
            + "She takes one tablet twice a day. "
            + "The heart sounds were normal and the lungs were clear. "
            + "She has no pain in her chest. We will see her again in two weeks.";
    /**
     * espeak-ng's voice scores 0.25 to 0.45 WER with the small English model (measured on these
     * sentences); silence or random words score about 1. A real but generous bound.
     */
    static final double MAX_WER = 0.5;
    /** How far a resampled copy's WER may stray from the 16 kHz original's. */
    static final double MAX_WER_DRIFT = 0.15;

    @TempDir
    static Path audio;
    static Path wav22k;
    static VoskTranscriber transcriber;

    @BeforeAll
    static void loadModelAndSpeak() throws Exception {
        InstalledModel model = SpeechFixtures.englishModel();
        transcriber = VoskTranscriber.load(model.directory(), model.id(), model.language());
        wav22k = SpeechFixtures.speak(DICTATION, audio.resolve("dictation-22k.wav"));
    }

    @AfterAll
    static void close() {
        if (transcriber != null) {
            transcriber.close();
        }
    }

    private static TranscriptionResult transcribe(Path wav, TranscriptionListener listener) throws Exception {
        try (InputStream pcm = AudioFiles.openAsPcm(wav)) {
            return transcriber.transcribe(pcm, listener, new Cancellation());
        }
    }

    private static String text(TranscriptionResult r) {
        return r.transcript().segments().stream().map(Segment::text).collect(Collectors.joining(" "));
    }

    @Test
    void theSpokenWordsComeBackWithinAGenerousWordErrorRate() throws Exception {
        TranscriptionResult result = transcribe(wav22k, TranscriptionListener.NONE);

        double wer = WordErrorRate.between(DICTATION, text(result));
        System.out.printf("WER on synthetic speech: %.3f (%s)%n", wer, text(result));
        assertThat(wer).isLessThanOrEqualTo(MAX_WER);
        assertThat(result.audioSeconds()).isGreaterThan(5);
        assertThat(result.transcript().language()).isEqualTo("en");
        assertThat(result.transcript().modelId()).isEqualTo(transcriber.modelId());
    }

    @Test
    void wordTimingsIncreaseAndConfidencesAreProbabilities() throws Exception {
        TranscriptionResult result = transcribe(wav22k, TranscriptionListener.NONE);

        List<Word> words = result.transcript().segments().stream().flatMap(s -> s.words().stream()).toList();
        assertThat(words).hasSizeGreaterThan(10);
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).startMs()).isGreaterThanOrEqualTo(words.get(i - 1).endMs() - 1);
        }
        assertThat(words).allSatisfy(w -> assertThat(w.confidence()).isBetween(0.0, 1.0));
        assertThat(words.get(words.size() - 1).endMs()).isLessThanOrEqualTo(Math.round(result.audioSeconds() * 1000) + 50);
    }

    @Test
    void partialResultsArriveBeforeTheSegmentsAreFinal() throws Exception {
        List<String> events = new ArrayList<>();
        TranscriptionResult result = transcribe(wav22k, new TranscriptionListener() {
            @Override
            public void partial(String text) {
                events.add("partial");
            }

            @Override
            public void segment(Segment segment) {
                events.add("segment");
            }
        });

        assertThat(events).contains("partial");
        assertThat(events.indexOf("partial")).isLessThan(events.indexOf("segment"));
        assertThat(events.stream().filter("segment"::equals).count()).isEqualTo(result.transcript().segments().size());
    }

    @Test
    void stereoAt44kAndMonoAt22kTranscribeAsWellAs16kMono() throws Exception {
        Path mono16k = SpeechFixtures.convert(wav22k, 16000, 1, audio.resolve("mono16k.wav"));
        Path stereo44k = SpeechFixtures.convert(wav22k, 44100, 2, audio.resolve("stereo44k.wav"));

        double werMono16k = WordErrorRate.between(DICTATION, text(transcribe(mono16k, TranscriptionListener.NONE)));
        double werStereo44k = WordErrorRate.between(DICTATION, text(transcribe(stereo44k, TranscriptionListener.NONE)));
        double wer22k = WordErrorRate.between(DICTATION, text(transcribe(wav22k, TranscriptionListener.NONE)));
        System.out.printf("WER 16k mono %.3f, 22k mono %.3f, 44.1k stereo %.3f%n", werMono16k, wer22k, werStereo44k);

        assertThat(werMono16k).isLessThanOrEqualTo(MAX_WER);
        assertThat(werStereo44k).isLessThanOrEqualTo(MAX_WER).isCloseTo(werMono16k, org.assertj.core.data.Offset.offset(MAX_WER_DRIFT));
        assertThat(wer22k).isLessThanOrEqualTo(MAX_WER).isCloseTo(werMono16k, org.assertj.core.data.Offset.offset(MAX_WER_DRIFT));
    }

    @Test
    void cancellingStopsEarlyAndKeepsWhatWasHeard() throws Exception {
        Cancellation cancellation = new Cancellation();
        TranscriptionResult full = transcribe(wav22k, TranscriptionListener.NONE);
        TranscriptionResult cut;
        try (InputStream pcm = AudioFiles.openAsPcm(wav22k)) {
            cut = transcriber.transcribe(pcm, new TranscriptionListener() {
                @Override
                public void partial(String text) {
                    if (text.split(" ").length >= 3) {
                        cancellation.cancel();
                    }
                }
            }, cancellation);
        }

        assertThat(cut.cancelled()).isTrue();
        assertThat(cut.audioSeconds()).isLessThan(full.audioSeconds());
        assertThat(cut.transcript().wordCount()).isPositive();
    }

    @Test
    void aMissingModelFolderIsAClearError(@TempDir Path empty) {
        assertThatThrownBy(() -> VoskTranscriber.load(empty.resolve("nope"), "nope", "sv"))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("not installed")
                .hasMessageContaining("diktera models");
    }

    @Test
    void aFolderWithoutAModelIsAClearError(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("conf"));

        assertThatThrownBy(() -> VoskTranscriber.load(folder, "broken", "sv"))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("cannot be read");
    }
}
