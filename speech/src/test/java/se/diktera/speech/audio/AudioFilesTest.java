package se.diktera.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.sound.sampled.AudioInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.PcmFormat;
import se.diktera.speech.SpeechFixtures;

class AudioFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWavAt22kIsDeliveredAs16kMonoOfTheSameLength() throws Exception {
        Path wav = SpeechFixtures.speak("three days", dir.resolve("a.wav"));
        double seconds;
        try (AudioInputStream original = javax.sound.sampled.AudioSystem.getAudioInputStream(wav.toFile())) {
            seconds = AudioFiles.durationSeconds(original);
        }

        try (AudioInputStream pcm = AudioFiles.openAsPcm(wav)) {
            assertThat(pcm.getFormat().matches(AudioFiles.PCM_16K_MONO)).isTrue();
            int bytes = pcm.readAllBytes().length;
            assertThat(bytes / (double) PcmFormat.BYTES_PER_SECOND).isCloseTo(seconds, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void theHeaderTellsHowMuchPcmAFileWillGiveAndABrokenOneSaysItDoesNotKnow() throws Exception {
        Path wav = SpeechFixtures.speak("three days", dir.resolve("b.wav"));
        long expected;
        try (AudioInputStream pcm = AudioFiles.openAsPcm(wav)) {
            expected = pcm.readAllBytes().length;
        }
        assertThat((double) AudioFiles.pcmBytes(wav)).isCloseTo(expected, org.assertj.core.data.Offset.offset(64.0));
        Files.writeString(dir.resolve("broken.wav"), "RIFF not audio");
        assertThat(AudioFiles.pcmBytes(dir.resolve("broken.wav"))).isEqualTo(-1);
        assertThat(AudioFiles.pcmBytes(dir.resolve("missing.wav"))).isEqualTo(-1);
    }

    @Test
    void aMissingFileIsNamedInTheError() {
        assertThatThrownBy(() -> AudioFiles.openAsPcm(dir.resolve("visit.wav")))
                .isInstanceOf(EngineException.class).hasMessageContaining("'visit.wav' does not exist");
    }

    @Test
    void aFileThatIsNotAudioIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.wav"), "this is not audio at all, just text");

        assertThatThrownBy(() -> AudioFiles.openAsPcm(text))
                .isInstanceOf(EngineException.class).hasMessageContaining("not an audio file Diktera can read");
    }

    @Test
    void aWavCutInsideItsHeaderIsRefused() throws Exception {
        Path wav = SpeechFixtures.speak("three days", dir.resolve("whole.wav"));
        Path cut = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(Files.readAllBytes(wav), 20));

        assertThatThrownBy(() -> AudioFiles.openAsPcm(cut)).isInstanceOf(EngineException.class);
    }

    @Test
    void aWavCutInsideItsAudioIsRefusedWithHowMuchIsMissing() throws Exception {
        Path wav = SpeechFixtures.speak("the patient has had a fever for three days", dir.resolve("whole.wav"));
        byte[] bytes = Files.readAllBytes(wav);
        Path cut = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> AudioFiles.openAsPcm(cut)).isInstanceOf(EngineException.class)
                .hasMessageContaining("cut.wav").hasMessageContaining("is cut short").hasMessageContaining("diktera recordings");
        AudioFiles.openAsPcm(wav).close();
    }

    @Test
    void aWavWithNoSamplesIsRefusedAsEmpty() throws Exception {
        Path wav = SpeechFixtures.speak("three days", dir.resolve("whole.wav"));
        byte[] header = Arrays.copyOf(Files.readAllBytes(wav), 44);
        header[40] = header[41] = header[42] = header[43] = 0;
        Path empty = Files.write(dir.resolve("empty.wav"), header);

        assertThatThrownBy(() -> AudioFiles.openAsPcm(empty))
                .isInstanceOf(EngineException.class).hasMessageContaining("contains no audio");
    }

    @Test
    void aFolderIsNotAnAudioFile() {
        assertThatThrownBy(() -> AudioFiles.openAsPcm(dir))
                .isInstanceOf(EngineException.class).hasMessageContaining("is a folder");
    }
}
