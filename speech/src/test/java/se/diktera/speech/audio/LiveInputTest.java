package se.diktera.speech.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LiveInputTest {

    private static byte[] tone(int ms, short amplitude) {
        byte[] pcm = new byte[ms * 32];
        for (int i = 0; i < pcm.length; i += 2) {
            short s = (i / 2) % 2 == 0 ? amplitude : (short) -amplitude;
            pcm[i] = (byte) s;
            pcm[i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    private static CompletableFuture<Integer> readLater(LiveInput in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return in.read(new byte[3_200]);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void metersElapsedAudioTimeAndLoudness() throws Exception {
        List<long[]> seen = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        try (LiveInput in = new LiveInput(new ByteArrayInputStream(tone(1_000, (short) 16_384)), false, (ms, level) -> {
            seen.add(new long[] {ms});
            levels.add(level);
        })) {
            byte[] buf = new byte[3_200];
            while (in.read(buf) > 0) {
                // drain
            }
        }
        assertThat(seen).hasSize(10);
        assertThat(seen.get(seen.size() - 1)[0]).isEqualTo(1_000);
        assertThat(levels).allSatisfy(l -> assertThat(l).isBetween(0.49, 0.51));
    }

    @Test
    void aLiveSourceKeepsBeingReadWhilePausedButNothingIsPassedOn() throws Exception {
        ByteArrayInputStream source = new ByteArrayInputStream(tone(1_000, (short) 1_000));
        LiveInput in = new LiveInput(source, true, (ms, level) -> { });
        byte[] buf = new byte[3_200];
        assertThat(in.read(buf)).isEqualTo(3_200);
        in.pause();
        // Paused and live: the rest is consumed and dropped, so the stream ends without passing anything on.
        assertThat(in.read(buf)).isEqualTo(-1);
        assertThat(source.available()).isZero();
    }

    @Test
    void aFileSourceWaitsWhilePausedAndGoesOnWhenResumed() throws Exception {
        LiveInput in = new LiveInput(new ByteArrayInputStream(tone(200, (short) 1_000)), false, (ms, level) -> { });
        in.pause();
        CompletableFuture<Integer> read = readLater(in);
        Thread.sleep(300);
        assertThat(read).isNotDone();
        in.resume();
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(3_200);
    }

    @Test
    void endingWhilePausedEndsTheStream() throws Exception {
        LiveInput in = new LiveInput(new ByteArrayInputStream(tone(200, (short) 1_000)), false, (ms, level) -> { });
        in.pause();
        CompletableFuture<Integer> read = readLater(in);
        Thread.sleep(200);
        in.end();
        assertThat(read.get(5, TimeUnit.SECONDS)).isEqualTo(-1);
    }
}
