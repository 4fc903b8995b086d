package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {

    @TempDir
    Path data;

    @Test
    void listShowsTheCatalogueAndWhatIsBundled() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "--lang", "en", "models", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("vosk-model-small-en-us-0.15 +en +SPEECH +bundled")
                .containsPattern("vosk-model-small-sv-rhasspy-0.15 +sv +SPEECH +not present");
    }

    @Test
    void importingSomethingThatIsNotAModelFailsWithOneClearLineAndNoStackTrace() throws Exception {
        Path notAZip = Files.writeString(data.resolve("sv-model.zip"), "garbage");

        CliRun run = CliRun.of("--data-dir", data.toString(), "models", "import", notAZip.toString(), "--lang", "sv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not a readable zip").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(data.resolve("models/sv-model")).doesNotExist();
    }

    @Test
    void importNeedsALanguage() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "models", "import", "x.zip");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang");
    }
}
