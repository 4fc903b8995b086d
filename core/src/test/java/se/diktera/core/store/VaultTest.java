package se.diktera.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;

class VaultTest {

    @TempDir
    Path dir;
    StoreFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new StoreFixture(dir);
    }

    @Test
    void everyUserUnlocksTheSameStoreWithTheirOwnPassphrase() throws Exception {
        try (StoreSession kerstin = f.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            kerstin.documents().put("note", "n1", "hemligt");
        }
        try (StoreSession rolf = f.vault.unlock("rolf", StoreFixture.REVIEWER_PASS)) {
            assertThat(rolf.user().role()).isEqualTo(Role.REVIEWER);
            assertThat(rolf.documents().get("note", "n1", String.class)).contains("hemligt");
        }
    }

    @Test
    void aWrongPassphraseAndAnUnknownUserAreRefusedAlike() {
        String wrong = catchMessage("kerstin", "not the passphrase at all");
        String unknown = catchMessage("nobody", "not the passphrase at all");

        assertThat(wrong).isEqualTo(unknown).doesNotContain("kerstin").doesNotContain("nobody");
    }

    private String catchMessage(String user, String pass) {
        try {
            f.vault.unlock(user, pass.toCharArray()).close();
            throw new AssertionError("unlocked");
        } catch (UnlockException e) {
            return e.getMessage();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void afterFiveFailuresAttemptsAreHeldBackEvenWithTheRightPassphrase() throws Exception {
        for (int i = 0; i < UnlockRateLimit.FREE_ATTEMPTS; i++) {
            assertThatThrownBy(() -> f.vault.unlock("kerstin", "wrong wrong wrong".toCharArray())).isInstanceOf(UnlockException.class);
        }
        assertThatThrownBy(() -> f.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS))
                .isInstanceOfSatisfying(UnlockException.class, e -> assertThat(e.retryAfter()).isPresent());

        f.clock.advance(Duration.ofSeconds(31));
        f.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS).close();
        assertThat(f.vault.users().stream().filter(u -> u.username().equals("kerstin")).findFirst().orElseThrow().failedUnlocks()).isZero();
    }

    @Test
    void raisingYourOwnRoleInUsersJsonLocksYouOutInsteadOfPromotingYou() throws Exception {
        Path users = dir.resolve(Vault.USERS_FILE);
        String text = Files.readString(users);
        int at = text.indexOf("\"kerstin\"");
        int role = text.indexOf("\"CLINICIAN\"", at);
        Files.writeString(users, text.substring(0, role) + "\"REVIEWER\"" + text.substring(role + "\"CLINICIAN\"".length()));

        assertThatThrownBy(() -> f.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)).isInstanceOf(UnlockException.class);
    }

    @Test
    void onlyAnAdministratorAddsUsersAndWeakPassphrasesAreRefused() throws Exception {
        try (StoreSession rolf = f.vault.unlock("rolf", StoreFixture.REVIEWER_PASS)) {
            assertThatThrownBy(() -> f.vault.addUser(rolf, "eve", "Eve", Role.ADMINISTRATOR, new HsaId("SE2321000016-0009"),
                    "a perfectly long passphrase".toCharArray())).isInstanceOf(AccessDeniedException.class);
        }
        try (StoreSession admin = f.vault.unlock("admin", StoreFixture.ADMIN_PASS)) {
            assertThatThrownBy(() -> f.vault.addUser(admin, "bo", "Bo", Role.CLINICIAN, new HsaId("SE2321000016-0010"),
                    "short".toCharArray())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 12 characters");
        }
    }

    @ParameterizedTest(name = "\"{0}\" for {1}: {2}")
    @CsvSource({
            "kort,                      kerstin, TOO_SHORT",
            "kerstin-kerstin-1,         kerstin, CONTAINS_USERNAME",
            "111111111111111,           kerstin, TOO_SIMPLE",
            "aaaaaaaaaaaaaaaa,          kerstin, TOO_SIMPLE",
            "'en lång mening om fjäll', kerstin, ''",
    })
    void passphraseRules(String passphrase, String user, String problem) {
        var problems = PassphrasePolicy.check(passphrase.toCharArray(), user);
        if (problem == null || problem.isEmpty()) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).contains(PassphrasePolicy.Problem.valueOf(problem));
        }
    }

    @Test
    void theStoreKeepsNothingReadableOnDisk() throws Exception {
        try (StoreSession kerstin = f.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS)) {
            kerstin.documents().put("transcript", "t1", "Patienten 19121212-1212 har feber");
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(p.toString()).doesNotContain("19121212").doesNotContain("feber");
            }
        }
    }
}
