package se.diktera.speech.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.PcmFormat;
import se.diktera.speech.SpeechFixtures;

/** Kills a JVM that is recording (kill -9) and proves the recording is recovered. */
class RecordingCrashTest {

    @TempDir
    Path dir;

    @Test
    void aRecordingKilledMidwayLosesAtMostOneSecond() throws Exception {
        Path source = SpeechFixtures.speak("The patient has had a fever for three days and a cough since Monday. "
                + "She takes one tablet twice a day.", dir.resolve("source.wav"));
        Path recordings = dir.resolve("recordings");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecordingChild.class.getName(), source.toString(), recordings.toString(), "visit-1")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();

        long lastReported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && line.startsWith("captured ")) {
                lastReported = Long.parseLong(line.substring("captured ".length()));
                if (lastReported >= 3L * PcmFormat.BYTES_PER_SECOND) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
                    break;
                }
            }
        }
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lastReported).as("the child recorded 3 s before it was killed").isGreaterThanOrEqualTo(3L * PcmFormat.BYTES_PER_SECOND);

        List<RecordingRecovery.Recovered> recovered = RecordingRecovery.repairAll(recordings);

        assertThat(recovered).hasSize(1);
        double reportedSeconds = lastReported / (double) PcmFormat.BYTES_PER_SECOND;
        assertThat(recovered.get(0).seconds()).isGreaterThanOrEqualTo(reportedSeconds - 1.0);
        try (AudioInputStream wav = AudioSystem.getAudioInputStream(recovered.get(0).file().toFile())) {
            assertThat(wav.getFormat().getSampleRate()).isEqualTo(PcmFormat.SAMPLE_RATE);
            assertThat(wav.getFrameLength() / (double) PcmFormat.SAMPLE_RATE).isEqualTo(recovered.get(0).seconds());
        }
    }
}
