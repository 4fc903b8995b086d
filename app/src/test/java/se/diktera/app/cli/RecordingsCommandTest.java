package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.Messages;
import se.diktera.speech.recording.CrashSafeRecorder;

class RecordingsCommandTest {

    @TempDir
    Path data;

    @Test
    void aRecordingLeftByACrashIsReportedByDoctorAndRepairedByRecordings() throws Exception {
        Path recordings = data.resolve("recordings");
        try (CrashSafeRecorder recorder = CrashSafeRecorder.start(recordings, "visit-7")) {
            byte[] second = new byte[32_000];
            recorder.append(second, 0, second.length);
        } // closed without finish(), as a crash would leave it

        CliRun doctor = CliRun.of("--data-dir", data.toString(), "--lang", "en", "doctor");
        assertThat(doctor.out()).contains(new Messages(Locale.ENGLISH).get("doctor.recordings.unfinished", 1), "diktera recordings");

        CliRun run = CliRun.of("--data-dir", data.toString(), "--lang", "en", "recordings");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Recovered visit-7.wav (1.0 s of audio)", "diktera transcribe FILE");
        assertThat(recordings.resolve("visit-7.wav")).isRegularFile();
        assertThat(Files.exists(recordings.resolve("visit-7.wav.part"))).isFalse();
        assertThat(CliRun.of("--data-dir", data.toString(), "--lang", "en", "doctor").out()).doesNotContain("unfinished");
    }
}
