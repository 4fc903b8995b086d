package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.PcmFormat;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.speech.WordErrorRate;
import se.diktera.speech.audio.AudioFiles;

/** The transcribe command end to end: bundled model installed at first use, real Vosk, real audio. */
class TranscribeCommandTest {

    static final String SPOKEN = "The patient has had a fever for three days. We will see her again in two weeks.";

    @TempDir
    static Path data;
    static Path wav;

    @BeforeAll
    static void speak() throws Exception {
        wav = data.resolve("visit.wav");
        Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(), SPOKEN).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).as("espeak-ng ran").isTrue();
    }

    @Test
    void jsonOutputIsATranscriptDocumentOfWhatWasSaid() throws Exception {
        CliRun run = CliRun.of("--data-dir", data.toString(), "--lang", "en", "transcribe", "--language", "en", "--json", wav.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Transcript transcript = new DikteraJson().read(run.out(), "transcript", Transcript.class);
        String heard = transcript.segments().stream().map(Segment::text).collect(Collectors.joining(" "));
        assertThat(WordErrorRate.between(SPOKEN, heard)).isLessThanOrEqualTo(0.5);
        assertThat(transcript.modelId()).isEqualTo("vosk-model-small-en-us-0.15");
        assertThat(run.err()).contains("real-time factor");
    }

    @Test
    void textOutputHasOneTimedLinePerSegment() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "transcribe", "--model", "vosk-model-small-en-us-0.15", wav.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).isNotEmpty().allMatch(l -> l.matches("\\[\\d\\d:\\d\\d\\.\\d-\\d\\d:\\d\\d\\.\\d] .+"));
    }

    @Test
    void silenceIsNoTranscriptAndSaysSo() throws Exception {
        Path silence = data.resolve("silence.wav");
        byte[] twoSeconds = new byte[2 * PcmFormat.BYTES_PER_SECOND];
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(twoSeconds), AudioFiles.PCM_16K_MONO,
                twoSeconds.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, silence.toFile());
        }

        CliRun run = CliRun.of("--data-dir", data.toString(), "--lang", "en", "transcribe", "--language", "en", silence.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No speech was heard in the 2.0 s of silence.wav");
    }

    @Test
    void aWavWhoseHeaderHidesMostOfItsSoundIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(wav);
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(40, header.getInt(28) / 2);
        Path hiding = Files.write(data.resolve("hiding.wav"), bytes);

        CliRun run = CliRun.of("--data-dir", data.toString(), "--lang", "en", "transcribe", "--language", "en", hiding.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'hiding.wav' has a header that does not match its sound").doesNotContain("\tat ");
    }

    @Test
    void aBrokenWavIsOneClearErrorAndNoStackTrace() throws Exception {
        Path broken = Files.write(data.resolve("broken.wav"), "RIFF....WAVEjunk".getBytes());

        CliRun run = CliRun.of("--data-dir", data.toString(), "transcribe", "--language", "en", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'broken.wav'").doesNotContain("\tat ");
    }

    @Test
    void anImportedSwedishModelIsUsedForSwedishExactlyAsEnglishIs() throws Exception {
        Path home = data.resolve("sv-home");
        assertThat(CliRun.of("--data-dir", home.toString(), "models", "install").exitCode()).isZero();
        Path english = home.resolve("models/vosk-model-small-en-us-0.15");
        CliRun imported = CliRun.of("--data-dir", home.toString(), "models", "import", english.toString(),
                "--lang", "sv", "--id", "region-sv-test");
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun run = CliRun.of("--data-dir", home.toString(), "transcribe", "--json", wav.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Transcript transcript = new DikteraJson().read(run.out(), "transcript", Transcript.class);
        assertThat(transcript.language()).isEqualTo("sv");
        assertThat(transcript.modelId()).isEqualTo("region-sv-test");
        assertThat(transcript.wordCount()).isPositive();
    }

    @Test
    void aMissingSwedishModelSaysHowToImportIt() {
        CliRun run = CliRun.of("--data-dir", data.resolve("other").toString(), "transcribe", "--language", "sv", wav.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("diktera models import PATH --lang sv");
    }
}
