package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.Messages;

/** {@code diktera followup} and {@code followup merge} from the command line, and who may run them. */
class FollowUpCommandTest {

    static final String ADMIN = "fjällvandring i juli med hund";
    static final String CLINICIAN = "fras om fjäll och hav";
    final Messages en = new Messages(Locale.ENGLISH);

    @TempDir
    Path data;

    @Test
    void anAdministratorWritesTheWorkbookAndMergesItAClinicianMayNot() throws Exception {
        String dir = data.resolve("home").toString();
        CliRun init = CliRun.withInput(ADMIN + "\n" + ADMIN + "\n", "--data-dir", dir, "--lang", "en", "users", "init", "--username",
                "ada", "--name", "Ada", "--hsa-id", "SE2321000016-0000");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(CliRun.withInput(ADMIN + "\n" + CLINICIAN + "\n", "--data-dir", dir, "--lang", "en", "users", "add", "--as", "ada",
                "--username", "kerstin", "--name", "Kerstin", "--role", "CLINICIAN", "--hsa-id", "SE2321000016-0001").exitCode())
                .isZero();
        Path out = data.resolve("out/november.xlsx");

        CliRun run = CliRun.withInput(ADMIN + "\n", "--data-dir", dir, "--lang", "en", "followup", "--as", "ada",
                "--from", "2026-11-01", "--to", "2026-11-30", "--unit", "Hälsocentralen Strömsund", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("No notes in the period").contains(out.toString());
        assertThat(out).isRegularFile();
        assertThat(out.resolveSibling("november-" + en.get("followup.sheet.overview").toLowerCase(Locale.ROOT) + ".csv")).isRegularFile();
        assertThat(CliRun.withInput(ADMIN + "\n", "--data-dir", dir, "--lang", "en", "audit", "verify", "--as", "ada").exitCode())
                .as("the export is audited and the trail intact").isZero();

        Path region = data.resolve("region.xlsx");
        CliRun merge = CliRun.of("--data-dir", dir, "--lang", "en", "followup", "merge", "--out", region.toString(), out.toString(),
                out.toString());
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(region).isRegularFile();

        CliRun denied = CliRun.withInput(CLINICIAN + "\n", "--data-dir", dir, "--lang", "en", "followup", "--as", "kerstin",
                "--from", "2026-11-01", "--to", "2026-11-30", "--out", data.resolve("k.xlsx").toString());
        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.err()).contains("may not");

        CliRun notAWorkbook = CliRun.of("--data-dir", dir, "--lang", "en", "followup", "merge", "--out", region.toString(),
                out.resolveSibling("november-" + en.get("followup.sheet.overview").toLowerCase(Locale.ROOT) + ".csv").toString());
        assertThat(notAWorkbook.exitCode()).isEqualTo(1);
        assertThat(notAWorkbook.err()).contains("not a Diktera follow-up workbook");
    }
}
