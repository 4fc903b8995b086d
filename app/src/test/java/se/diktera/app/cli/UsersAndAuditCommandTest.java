package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersAndAuditCommandTest {

    static final String ADMIN_PASS = "ett långt lösenord för ada";
    static final String KERSTIN_PASS = "min egen långa fras om fjäll";

    @TempDir
    Path data;

    @BeforeEach
    void setUpStore() {
        CliRun init = CliRun.withInput(ADMIN_PASS + "\n", "--data-dir", data.toString(), "--lang", "en", "users", "init",
                "--username", "admin", "--name", "Ada Admin", "--hsa-id", "SE2321000016-0000");
        assertThat(init.exitCode()).as(init.err()).isZero();
        CliRun add = CliRun.withInput(ADMIN_PASS + "\n" + KERSTIN_PASS + "\n", "--data-dir", data.toString(), "--lang", "en",
                "users", "add", "--as", "admin", "--username", "kerstin", "--name", "Kerstin Klinik", "--role", "CLINICIAN",
                "--hsa-id", "SE2321000016-0001");
        assertThat(add.exitCode()).as(add.err()).isZero();
    }

    @Test
    void usersAreListedWithTheirRoles() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "users", "list");

        assertThat(run.out()).containsPattern("admin +ADMINISTRATOR").containsPattern("kerstin +CLINICIAN");
    }

    @Test
    void theAuditTrailRecordsUserAdministrationAndVerifies() {
        CliRun run = CliRun.withInput(KERSTIN_PASS + "\n", "--data-dir", data.toString(), "--lang", "en", "audit", "verify", "--as", "kerstin");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("intact: 2 entries");
    }

    @Test
    void anEditedAuditLineFailsVerification() throws Exception {
        Path log = data.resolve("store/audit.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        lines.set(1, lines.get(1).replace("CLINICIAN", "ADMINISTRATOR"));
        Files.write(log, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.withInput(KERSTIN_PASS + "\n", "--data-dir", data.toString(), "--lang", "en", "audit", "verify", "--as", "kerstin");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("broken", "line 2 was edited");
    }

    @Test
    void bothAuditFilesDeletedAreFoundAtSignInAndByVerify() throws Exception {
        Files.delete(data.resolve("store/audit.log"));
        Files.delete(data.resolve("store/audit-head.enc"));

        CliRun run = CliRun.withInput(KERSTIN_PASS + "\n", "--data-dir", data.toString(), "--lang", "en", "audit", "verify", "--as", "kerstin");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Warning: the audit trail is broken");
        // The sign-in's finding became the new trail's first entry: not the first entry the accounts saw.
        assertThat(run.out()).contains("broken", "entry 1 is not the one data stored on this device was sealed with");
    }

    @Test
    void aWrongPassphraseIsOneClearLine() {
        CliRun run = CliRun.withInput("not kerstins passphrase\n", "--data-dir", data.toString(), "audit", "verify", "--as", "kerstin");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("user name or passphrase is wrong").doesNotContain("\tat ");
    }

    @Test
    void aClinicianCannotAddUsers() {
        CliRun run = CliRun.withInput(KERSTIN_PASS + "\n" + "another long passphrase\n", "--data-dir", data.toString(),
                "users", "add", "--as", "kerstin", "--username", "eve", "--name", "Eve", "--role", "ADMINISTRATOR",
                "--hsa-id", "SE2321000016-0009");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("may not manage users");
    }
}
