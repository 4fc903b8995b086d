package se.diktera.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;

/** Users made on this device, audited the same way from the command line and the client. */
public final class AccountAudit {

    private final Clock clock;

    public AccountAudit(Clock clock) {
        this.clock = clock;
    }

    /** The store's first user, an administrator, signed in and audited as having been created. */
    public StoreSession firstAdministrator(Vault vault, String username, String name, HsaId hsaId, char[] passphrase)
            throws IOException {
        StoreSession admin = vault.createFirstAdministrator(username, name, hsaId, passphrase);
        try {
            created(admin, username, Role.ADMINISTRATOR);
        } catch (IOException | RuntimeException e) {
            admin.close();
            throw e;
        }
        return admin;
    }

    /** Creating a user is configuration: audited with who created whom, in which role. */
    public void created(StoreSession by, String username, Role role) throws IOException {
        new NoteAudit(by, clock).recordAbout(AuditAction.CONFIGURE, null, Map.of("created-user", username, "role", role.name()));
    }
}
