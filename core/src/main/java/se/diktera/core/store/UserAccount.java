package se.diktera.core.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;

/**
 * A local user as stored in {@code users.json}: who they are, their role, and the store's data key
 * wrapped with their passphrase. Role and identity are bound into the wrap (as associated data),
 * so editing them in the file makes the account unusable rather than more powerful.
 *
 * @param wrappedKey  base64 of the data key sealed with the passphrase-derived key
 * @param auditAnchor base64 of the {@link AuditAnchor} at the user's last sign-in, sealed with the data key; null before
 */
public record UserAccount(String username, String displayName, Role role, HsaId hsaId, KdfParameters kdf,
        String wrappedKey, int failedUnlocks, Instant lockedUntil, String auditAnchor) {

    public UserAccount {
        if (username == null || !username.matches("[a-z0-9._-]{2,32}")) {
            throw new IllegalArgumentException("A user name is 2 to 32 lower-case letters, digits, '.', '_' or '-'");
        }
    }

    public Clinician asClinician() {
        return new Clinician(displayName, role, hsaId);
    }

    byte[] associatedData() {
        return ("diktera-user\n" + username + "\n" + role + "\n" + hsaId).getBytes(StandardCharsets.UTF_8);
    }

    UserAccount withFailures(int failures, Instant until) {
        return new UserAccount(username, displayName, role, hsaId, kdf, wrappedKey, failures, until, auditAnchor);
    }

    UserAccount withAuditAnchor(String sealed) {
        return new UserAccount(username, displayName, role, hsaId, kdf, wrappedKey, failedUnlocks, lockedUntil, sealed);
    }

    /** Binds a sealed anchor to its account, so one copied from another account is refused. */
    byte[] anchorAssociatedData() {
        return ("diktera-account-anchor\n" + username).getBytes(StandardCharsets.UTF_8);
    }
}
