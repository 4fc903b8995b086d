package se.diktera.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;

import se.diktera.core.json.DikteraJson;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;

/**
 * The local store's front door: its users, each holding the one data key wrapped with their own
 * Argon2id-derived key (like disk-encryption key slots), so adding a user or changing a
 * passphrase never re-encrypts the data.
 *
 * <p>Not thread-safe: one UI thread signs in at a time.
 */
public final class Vault {

    static final String USERS_FILE = "users.json";

    private final Path dir;
    private final DikteraJson json;
    private final Crypto crypto;
    private final Clock clock;
    private final int memoryKiB;
    private final int iterations;

    /** @param memoryKiB Argon2id memory; tests pass a small value, the app the default */
    public Vault(Path dir, DikteraJson json, Crypto crypto, Clock clock, int memoryKiB, int iterations) {
        this.dir = dir;
        this.json = json;
        this.crypto = crypto;
        this.clock = clock;
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
    }

    public Vault(Path dir, DikteraJson json, Crypto crypto, Clock clock) {
        this(dir, json, crypto, clock, KdfParameters.DEFAULT_MEMORY_KIB, KdfParameters.DEFAULT_ITERATIONS);
    }

    public Path directory() {
        return dir;
    }

    public boolean hasUsers() throws IOException {
        return !users().isEmpty();
    }

    /** Sets the store up with its first user, an administrator, and a new data key. */
    public StoreSession createFirstAdministrator(String username, String displayName, HsaId hsaId, char[] passphrase)
            throws IOException {
        if (hasUsers()) {
            throw new IllegalStateException("The store already has users; an administrator adds more");
        }
        byte[] dataKey = crypto.newKey();
        UserAccount admin = wrap(username, displayName, Role.ADMINISTRATOR, hsaId, passphrase, dataKey);
        saveUsers(List.of(admin));
        return new StoreSession(admin, dataKey, dir, json, crypto, clock);
    }

    /** An administrator adds a user; the new user's passphrase wraps the same data key. */
    public UserAccount addUser(StoreSession admin, String username, String displayName, Role role, HsaId hsaId,
            char[] passphrase) throws IOException {
        AccessPolicy.require(admin.user(), AccessPolicy.Permission.MANAGE_USERS, null);
        List<UserAccount> users = new ArrayList<>(users());
        if (users.stream().anyMatch(u -> u.username().equals(username))) {
            throw new IllegalArgumentException("There is already a user " + username);
        }
        UserAccount account = wrap(username, displayName, role, hsaId, passphrase, admin.dataKey());
        users.add(account);
        saveUsers(users);
        return account;
    }

    /**
     * @throws UnlockException for a wrong passphrase or unknown user (alike), or while rate-limited
     * @throws TamperedDataException when the account's role or identity was edited in the file
     */
    public StoreSession unlock(String username, char[] passphrase) throws IOException, UnlockException {
        List<UserAccount> users = new ArrayList<>(users());
        Optional<UserAccount> found = users.stream().filter(u -> u.username().equals(username)).findFirst();
        if (found.isEmpty()) {
            Crypto.deriveKey(passphrase, KdfParameters.fresh(crypto.random(), memoryKiB, iterations)); // same cost
            throw UnlockException.refused();
        }
        UserAccount user = found.get();
        Instant now = clock.instant();
        if (user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            throw UnlockException.rateLimited(user.lockedUntil());
        }
        byte[] kek = Crypto.deriveKey(passphrase, user.kdf());
        try {
            byte[] dataKey = Crypto.open(kek, Base64.getDecoder().decode(user.wrappedKey()), user.associatedData(),
                    "The key of user " + username);
            StoreSession session = new StoreSession(user, dataKey, dir, json, crypto, clock);
            replace(users, user.withFailures(0, null).withAuditAnchor(Base64.getEncoder().encodeToString(
                    crypto.seal(dataKey, session.audit().head().header().getBytes(StandardCharsets.UTF_8), user.anchorAssociatedData()))));
            return session;
        } catch (TamperedDataException wrongPassphraseOrEdited) {
            int failures = user.failedUnlocks() + 1;
            replace(users, user.withFailures(failures, UnlockRateLimit.lockedUntil(failures, now)));
            throw UnlockException.refused();
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    /**
     * Checks the audit trail as {@code AuditLog.verify(anchors)} does, against the anchors
     * sealed into every account at its last sign-in and into the {@code newestDocuments} most
     * recently stored documents (all when 0): what sign-in checks (the newest) and what
     * {@code audit verify} checks (all).
     */
    public AuditLog.Verification verifyAudit(StoreSession session, int newestDocuments) throws IOException {
        List<AuditAnchor> anchors = new ArrayList<>(session.documents().anchors(newestDocuments));
        for (UserAccount u : users()) {
            if (u.auditAnchor() != null) {
                try {
                    byte[] plain = Crypto.open(session.dataKey(), Base64.getDecoder().decode(u.auditAnchor()),
                            u.anchorAssociatedData(), "The audit anchor of " + u.username());
                    AuditAnchor.parse(new String(plain, StandardCharsets.UTF_8)).ifPresent(p -> anchors.add(p.anchor()));
                } catch (TamperedDataException | IllegalArgumentException unreadable) {
                    return new AuditLog.Verification(false, 0, "the audit anchor of the account " + u.username()
                            + " was changed outside Diktera");
                }
            }
        }
        return session.audit().verify(anchors);
    }

    public List<UserAccount> users() throws IOException {
        Path file = dir.resolve(USERS_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        return json.mapper().readValue(file.toFile(), new TypeReference<List<UserAccount>>() { });
    }

    private UserAccount wrap(String username, String displayName, Role role, HsaId hsaId, char[] passphrase, byte[] dataKey) {
        List<PassphrasePolicy.Problem> problems = PassphrasePolicy.check(passphrase, username);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The passphrase is not acceptable: " + problems.stream()
                    .map(PassphrasePolicy.Problem::explanation).collect(Collectors.joining("; ")));
        }
        KdfParameters kdf = KdfParameters.fresh(crypto.random(), memoryKiB, iterations);
        UserAccount unsealed = new UserAccount(username, displayName, role, hsaId, kdf, "", 0, null, null);
        byte[] kek = Crypto.deriveKey(passphrase, kdf);
        try {
            String wrapped = Base64.getEncoder().encodeToString(crypto.seal(kek, dataKey, unsealed.associatedData()));
            return new UserAccount(username, displayName, role, hsaId, kdf, wrapped, 0, null, null);
        } finally {
            Arrays.fill(kek, (byte) 0);
        }
    }

    private void replace(List<UserAccount> users, UserAccount updated) throws IOException {
        users.replaceAll(u -> u.username().equals(updated.username()) ? updated : u);
        saveUsers(users);
    }

    private void saveUsers(List<UserAccount> users) throws IOException {
        AtomicFiles.write(dir.resolve(USERS_FILE), json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(users));
    }
}
