package se.diktera.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PcmClipTest {

    /** One second of PCM whose every byte says which millisecond it belongs to (mod 256). */
    private static byte[] oneSecond() {
        byte[] pcm = new byte[32_000];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (byte) (i / 32);
        }
        return pcm;
    }

    @Test
    void cutsTheSpanWithItsMargins() {
        byte[] clip = PcmClip.cut(oneSecond(), 200, 300, 50);
        assertThat(clip).hasSize(200 * 32);
        assertThat(clip[0]).isEqualTo((byte) 150);
        assertThat(clip[clip.length - 1]).isEqualTo((byte) 349);
    }

    @Test
    void clampsToTheRecording() {
        assertThat(PcmClip.cut(oneSecond(), 0, 100, 500)).hasSize(600 * 32);
        assertThat(PcmClip.cut(oneSecond(), 900, 2_000, 0)).hasSize(100 * 32);
        assertThat(PcmClip.cut(oneSecond(), 5_000, 6_000, 0)).isEmpty();
    }

    @Test
    void refusesABackwardSpan() {
        assertThatThrownBy(() -> PcmClip.cut(oneSecond(), 300, 200, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
