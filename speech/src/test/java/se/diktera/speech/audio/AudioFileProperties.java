package se.diktera.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import se.diktera.core.engine.EngineException;

/**
 * Audio files come from anywhere (a phone, a dictaphone, a copy cut short): whatever bytes a file
 * holds, opening it gives 16 kHz mono PCM that reads to its end, or an {@link EngineException}
 * that says why, never another exception. The inputs are a real WAV with its header bytes
 * changed, cut anywhere, and bytes that are no audio.
 */
class AudioFileProperties {

    private static Path dir;
    private static byte[] wav;

    @BeforeContainer
    static void aRealWav() throws IOException {
        dir = Files.createTempDirectory("diktera-audio-properties");
        AudioFormat format = new AudioFormat(22_050, 16, 1, true, false);
        byte[] tone = new byte[22_050]; // half a second
        for (int i = 0; i < tone.length / 2; i++) {
            short s = (short) (8000 * Math.sin(i * 2 * Math.PI * 440 / 22_050));
            tone[2 * i] = (byte) s;
            tone[2 * i + 1] = (byte) (s >> 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(tone), format, tone.length / 2), AudioFileFormat.Type.WAVE, out);
        wav = out.toByteArray();
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    @Property
    void anyFileOpensAsWholePcmOrIsRefusedWithAReason(@ForAll("audioFiles") byte[] bytes) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "a", ".wav"), bytes);
        try (AudioInputStream pcm = AudioFiles.openAsPcm(file)) {
            assertThat(pcm.getFormat().matches(AudioFiles.PCM_16K_MONO)).isTrue();
            pcm.readAllBytes();
        } catch (EngineException refused) {
            assertThat(refused.problem()).isNotNull();
            assertThat(refused.getMessage()).contains(file.getFileName().toString());
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<byte[]> audioFiles() {
        Arbitrary<byte[]> headerChanged = Combinators.combine(Arbitraries.integers().between(0, 63), Arbitraries.bytes())
                .as((at, value) -> new int[] {at, value}).list().ofMinSize(1).ofMaxSize(4).map(changes -> {
                    byte[] b = wav.clone();
                    changes.forEach(c -> b[c[0]] = (byte) c[1]);
                    return b;
                });
        Arbitrary<byte[]> cut = Arbitraries.integers().between(0, wav.length).map(n -> Arrays.copyOf(wav, n));
        Arbitrary<byte[]> noAudio = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
        return Arbitraries.oneOf(headerChanged, cut, noAudio);
    }
}
