package se.diktera.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.sound.sampled.AudioInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.PcmFormat;
import se.diktera.core.problem.Problem;
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

    @Test
    void aHeaderWhoseFrameSizeContradictsItsFormatIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(SpeechFixtures.speak("three days", dir.resolve("whole.wav")));
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(32, (short) 4); // mono 16-bit frames are 2 bytes
        Path lying = Files.write(dir.resolve("lying.wav"), bytes);

        assertThatThrownBy(() -> AudioFiles.openAsPcm(lying)).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.AUDIO_HEADER_WRONG);
            assertThat(e.getMessage()).contains("lying.wav", "2 bytes a frame", "says 4");
        });
    }

    @Test
    void aHeaderThatCountsLessSoundThanTheFileHoldsIsRefusedWithHowMuchItHides() throws Exception {
        byte[] bytes = Files.readAllBytes(SpeechFixtures.speak("three days and a sore throat", dir.resolve("whole.wav")));
        ByteBuffer header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int byteRate = header.getInt(28);
        assertThat(bytes.length - 44).as("the fixture holds more than 1.5 s").isGreaterThan(byteRate * 3 / 2);
        header.putInt(40, byteRate / 2);
        Path hiding = Files.write(dir.resolve("hiding.wav"), bytes);

        assertThatThrownBy(() -> AudioFiles.openAsPcm(hiding)).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.AUDIO_HEADER_WRONG);
            assertThat(e.getMessage()).contains("hiding.wav", "holds 0.5 s of sound", "diktera recordings");
        });
    }

    @Test
    void aWavWithAChunkAfterItsSoundIsRead() throws Exception {
        byte[] sound = Files.readAllBytes(SpeechFixtures.speak("three days", dir.resolve("whole.wav")));
        byte[] info = "INFOISFT\u0006\u0000\u0000\u0000espeak".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer withList = ByteBuffer.allocate(sound.length + 8 + info.length).order(ByteOrder.LITTLE_ENDIAN);
        withList.put(sound).put("LIST".getBytes(StandardCharsets.US_ASCII)).putInt(info.length).put(info);
        withList.putInt(4, withList.capacity() - 8);
        Path file = Files.write(dir.resolve("tagged.wav"), withList.array());

        try (AudioInputStream pcm = AudioFiles.openAsPcm(file)) {
            assertThat(pcm.readAllBytes()).isNotEmpty();
        }
    }
}
