package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.Messages;

class DoctorAndVersionTest {

    @TempDir
    Path data;

    @Test
    void versionNamesDikteraAndJava() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Diktera \\d+\\.\\d+\\.\\d+").contains("Java " + Runtime.version().feature());
    }

    @Test
    void doctorOnAFreshDeviceWarnsAboutModelsAndSaysHowToFixThem() {
        CliRun run = CliRun.of("--data-dir", data.resolve("new").toString(), "--lang", "en", "doctor");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("[OK]", "Java " + Runtime.version())
                .contains("will be created")
                .contains("Speech model for English: vosk-model-small-en-us-0.15 is bundled but not installed")
                .contains("diktera models install")
                .contains("Speech model for Swedish: none installed")
                .contains("diktera models import PATH --lang sv")
                .contains(new Messages(Locale.ENGLISH).get("doctor.summary", 0, 2));
    }

    @Test
    void doctorAfterInstallingTheBundledModelReportsItInstalled() {
        String dir = data.toString();
        assertThat(CliRun.of("--data-dir", dir, "models", "install").exitCode()).isZero();

        CliRun run = CliRun.of("--data-dir", dir, "--lang", "en", "doctor");

        assertThat(run.out()).contains("Speech model for English: vosk-model-small-en-us-0.15, installed in " + data.resolve("models"));
    }

    @Test
    void doctorFailsWhenTheDataFolderCannotBeWritten() throws Exception {
        Path file = Files.writeString(data.resolve("a-file"), "not a folder");

        CliRun run = CliRun.of("--data-dir", file.resolve("diktera").toString(), "--lang", "en", "doctor");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("[FAIL]", "cannot be written", "DIKTERA_HOME", new Messages(Locale.ENGLISH).get("doctor.summary", 1, 0).split(",")[0]);
    }

    @Test
    void doctorSpeaksSwedishByDefaultToASwedishUser() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "--lang", "sv", "doctor");

        assertThat(run.out()).contains("Diktera doktor", "Åtgärd:", "Talmodell för svenska: ingen installerad");
    }
}
