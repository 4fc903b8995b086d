package se.diktera.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.json.DikteraJson;

/**
 * The audit trail anchored outside its own two files (the finding 3): deleting both, or
 * putting an older copy of both back, is found by the anchors sealed into stored documents and
 * into each account at sign-in, while documents written before anchors existed still read.
 */
class AuditAnchoringTest {

    @TempDir
    Path dir;
    StoreFixture fixture;

    @BeforeEach
    void store() throws Exception {
        fixture = new StoreFixture(dir);
    }

    private void work(StoreSession session, String note, int events) throws Exception {
        for (int i = 0; i < events; i++) {
            session.audit().append(AuditEvent.of(fixture.clock.instant(), session.user().hsaId().value(), AuditAction.EDIT, note, 1,
                    Map.of()));
        }
        session.documents().put("note", note, Map.of("text", "Halsont sedan 4 dagar."));
        session.audit().append(AuditEvent.of(fixture.clock.instant(), session.user().hsaId().value(), AuditAction.EXPORT, note, 1,
                Map.of()));
    }

    @Test
    void anUntouchedTrailAgreesWithEveryAnchor() throws Exception {
        try (StoreSession s = fixture.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            work(s, "note-a", 3);
            work(s, "note-b", 2);

            assertThat(fixture.vault.verifyAudit(s, 0).intact()).isTrue();
            assertThat(fixture.vault.verifyAudit(s, 1).intact()).isTrue();
        }
    }

    @Test
    void deletingBothAuditFilesIsFound() throws Exception {
        try (StoreSession s = fixture.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            work(s, "note-a", 3);
        }
        Files.delete(dir.resolve("audit.log"));
        Files.delete(dir.resolve("audit-head.enc"));

        try (StoreSession s = fixture.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            assertThat(s.audit().verify().intact()).as("the trail alone cannot tell").isTrue();
            AuditLog.Verification v = fixture.vault.verifyAudit(s, 0);
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("the log has 0 entries", "was sealed when it had 3", "deleted");
        }
    }

    @Test
    void anOlderCopyOfBothFilesPutBackIsFoundAlsoAfterTheTrailGrowsPastIt() throws Exception {
        Path saved = Files.createDirectory(dir.resolve("saved"));
        try (StoreSession s = fixture.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            work(s, "note-a", 2);
            Files.copy(dir.resolve("audit.log"), saved.resolve("audit.log"));
            Files.copy(dir.resolve("audit-head.enc"), saved.resolve("audit-head.enc"));
            work(s, "note-b", 4); // the export of note-b is what the older copy hides
        }
        Files.copy(saved.resolve("audit.log"), dir.resolve("audit.log"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(saved.resolve("audit-head.enc"), dir.resolve("audit-head.enc"), StandardCopyOption.REPLACE_EXISTING);

        try (StoreSession s = fixture.vault.unlock("rolf", StoreFixture.REVIEWER_PASS)) {
            assertThat(s.audit().verify().intact()).as("the older copy is a whole trail by itself").isTrue();
            assertThat(fixture.vault.verifyAudit(s, 10).problem()).contains("replaced by an older copy");
            work(s, "note-c", 8);
            assertThat(fixture.vault.verifyAudit(s, 0).problem()).as("the same count again, other entries")
                    .contains("is not the one data stored on this device was sealed with");
        }
    }

    @Test
    void anAccountSealsWhereTheTrailStoodAtItsSignIn() throws Exception {
        try (StoreSession s = fixture.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            for (int i = 0; i < 4; i++) {
                s.audit().append(AuditEvent.of(fixture.clock.instant(), "x", AuditAction.VIEW, "n", 1, Map.of()));
            }
        }
        fixture.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS).close(); // seals the head at 4
        Files.delete(dir.resolve("audit.log"));
        Files.delete(dir.resolve("audit-head.enc"));

        try (StoreSession s = fixture.vault.unlock("rolf", StoreFixture.REVIEWER_PASS)) {
            assertThat(fixture.vault.verifyAudit(s, 0).problem()).contains("was sealed when it had 4");
        }
    }

    @Test
    void aDocumentSealedBeforeAnchorsStillReads() throws Exception {
        try (StoreSession s = fixture.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            Path file = s.documents().file("note", "old");
            Files.createDirectories(file.getParent());
            Files.write(file, new Crypto(new SecureRandom()).seal(s.dataKey(),
                    new DikteraJson().write("note", Map.of("text", "Ingen feber.")).getBytes(),
                    "diktera-document\nnote\nold".getBytes()));

            assertThat(s.documents().get("note", "old", Map.class)).hasValueSatisfying(m -> assertThat(m).containsEntry("text", "Ingen feber."));
            assertThat(fixture.vault.verifyAudit(s, 0).intact()).isTrue();
        }
    }
}
