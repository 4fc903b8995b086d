package se.diktera.core.store;

import se.diktera.core.testing.MutableClock;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;

import se.diktera.core.json.DikteraJson;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;

/** A vault with an administrator, a clinician and two reviewers; Argon2id at its minimum cost for speed. */
final class StoreFixture {

    static final char[] ADMIN_PASS = "correct horse battery staple".toCharArray();
    static final char[] CLINICIAN_PASS = "lingonsylt på pannkakor".toCharArray();
    static final char[] REVIEWER_PASS = "fjällbjörk i snö och vind".toCharArray();
    static final HsaId CLINICIAN_HSA = new HsaId("SE2321000016-0001");
    static final HsaId REVIEWER_HSA = new HsaId("SE2321000016-0002");
    static final HsaId REVIEWER2_HSA = new HsaId("SE2321000016-0003");

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    final Vault vault;

    StoreFixture(Path dir) throws IOException {
        vault = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), clock, 8 * 1024, 1);
        try (StoreSession admin = vault.createFirstAdministrator("admin", "Ada Admin", new HsaId("SE2321000016-0000"), ADMIN_PASS)) {
            vault.addUser(admin, "kerstin", "Kerstin Klinik", Role.CLINICIAN, CLINICIAN_HSA, CLINICIAN_PASS);
            vault.addUser(admin, "rolf", "Rolf Granskare", Role.REVIEWER, REVIEWER_HSA, REVIEWER_PASS);
            vault.addUser(admin, "rut", "Rut Granskare", Role.REVIEWER, REVIEWER2_HSA, REVIEWER_PASS);
        }
    }
}
