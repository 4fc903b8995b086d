package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the benchmark runnable; it asserts the report's shape, never a speed. */
class BenchCommandTest {

    @TempDir
    Path data;

    @Test
    void speechBenchPrintsOneRowOfFiguresPerAudioLength() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "bench", "speech", "--minutes", "0.15", "--paced-seconds", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("RTF", "bareRTF", "lagMed(s)")
                .containsPattern("\\n\\d+s +\\d+\\.\\d{3} +\\d+\\.\\d{3} +\\d+\\.\\d{3} +\\d+\\.\\d{3}");
    }
}
