package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole workflow from the command line alone, as a script or a dictaphone import would run it:
 * a clinician dictates a recording into a draft, edits it in a file and submits it; a reviewer
 * finds it in the queue and approves it; it is exported; every step is in the audit trail.
 */
class WorkflowOnTheCommandLineTest {

    static final String ADMIN = "ett långt lösenord för ada";
    static final String ROLF = "fjällvandring i juli med hund";
    static final String KERSTIN = "min egen långa fras om fjäll";
    static final Pattern CREATED = Pattern.compile("Drafted note (\\S+):");

    @TempDir
    Path dir;

    private CliRun run(String stdin, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = dir.resolve("home").toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.withInput(stdin, all);
    }

    @Test
    void dictateSubmitApproveAndExportFromTheCommandLineAlone() throws Exception {
        assertThat(run(ADMIN + "\n", "users", "init", "--username", "admin", "--name", "Ada", "--hsa-id", "SE2321000016-0000")
                .exitCode()).isZero();
        assertThat(run(ADMIN + "\n" + KERSTIN + "\n", "users", "add", "--as", "admin", "--username", "kerstin", "--name",
                "Kerstin Klinik", "--role", "CLINICIAN", "--hsa-id", "SE2321000016-0001").exitCode()).isZero();
        assertThat(run(ADMIN + "\n" + ROLF + "\n", "users", "add", "--as", "admin", "--username", "rolf", "--name",
                "Rolf Granskare", "--role", "REVIEWER", "--hsa-id", "SE2321000016-0002").exitCode()).isZero();
        Path wav = dir.resolve("visit.wav");
        Process speak = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(),
                "Doctor: What brings you in today? Patient: I have had a sore throat and a fever for three days. "
                        + "Doctor: Any cough? Patient: No. Doctor: We will start penicillin and see you again in one week.")
                .redirectErrorStream(true).start();
        assertThat(speak.waitFor(60, TimeUnit.SECONDS) && speak.exitValue() == 0).isTrue();

        CliRun dictated = run(KERSTIN + "\n", "note", "new", "--as", "kerstin", "--patient", "19121212-1212", "--contact",
                "hembesok", "--template", "en-clinic", "--audio", wav.toString());
        assertThat(dictated.exitCode()).as(dictated.err()).isZero();
        Matcher created = CREATED.matcher(dictated.out());
        assertThat(created.find()).as(dictated.out()).isTrue();
        String id = created.group(1);
        assertThat(run(KERSTIN + "\n", "note", "list", "--as", "kerstin").out()).contains(id, "DRAFTED", "HEMBESOK");

        CliRun shown = run(KERSTIN + "\n", "note", "show", "--as", "kerstin", id);
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out().lines()).isNotEmpty().allMatch(l -> l.matches("[^:]+: .+"));
        Path edited = dir.resolve("edited.txt");
        // The clinician adds a sentence of their own to the last section.
        Files.writeString(edited, shown.out().strip() + " Follow up in one week.\n");
        CliRun submitted = run(KERSTIN + "\n", "note", "submit", "--as", "kerstin", "--edited", edited.toString(), id);
        assertThat(submitted.exitCode()).as(submitted.err()).isZero();
        assertThat(submitted.out()).contains("IN_REVIEW");

        assertThat(run(KERSTIN + "\n", "review", "queue", "--as", "kerstin").out()).doesNotContain(id);
        CliRun queue = run(ROLF + "\n", "review", "queue", "--as", "rolf");
        assertThat(queue.out()).contains(id, "Kerstin Klinik");
        assertThat(run(ROLF + "\n", "review", "show", "--as", "rolf", id).out()).contains("Follow up in one week.");
        CliRun approved = run(ROLF + "\n", "review", "approve", "--as", "rolf", id);
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("Approved", "Rolf Granskare");

        Path out = dir.resolve("export");
        CliRun exported = run(ROLF + "\n", "export", "--as", "rolf", "--folder", out.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".json"));
        }
        CliRun trail = run(ROLF + "\n", "audit", "show", "--as", "rolf", "--note", id);
        assertThat(trail.out()).contains("RECORD", "TRANSCRIBE", "DRAFT", "EDIT", "STATE_CHANGE", "VIEW", "APPROVE", "EXPORT");
        assertThat(run(ROLF + "\n", "audit", "verify", "--as", "rolf").exitCode()).isZero();
    }
}
