package se.diktera.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AudioLevelTest {

    private static byte[] constant(short sample, int samples) {
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }

    @Test
    void silenceIsZeroFullScaleIsOneAndASineIsItsRms() {
        assertThat(AudioLevel.rms(constant((short) 0, 1600), 0, 3200)).isZero();
        assertThat(AudioLevel.rms(constant(Short.MIN_VALUE, 1600), 0, 3200)).isCloseTo(1.0, within(1e-9));
        byte[] sine = new byte[32_000];
        for (int i = 0; i < 16_000; i++) {
            short s = (short) (16_384 * Math.sin(2 * Math.PI * 440 * i / 16_000.0));
            sine[2 * i] = (byte) s;
            sine[2 * i + 1] = (byte) (s >> 8);
        }
        assertThat(AudioLevel.rms(sine, 0, sine.length)).isCloseTo(0.5 / Math.sqrt(2), within(0.002));
        assertThat(AudioLevel.rms(sine, 0, 1)).as("less than one sample").isZero();
    }
}
