package se.diktera.core.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import se.diktera.core.json.DikteraJson;

/**
 * A signed-in user and the unlocked store. {@link #close()} (on sign-out or auto-lock) wipes the
 * data key from memory.
 */
public final class StoreSession implements AutoCloseable {

    private final UserAccount user;
    private final byte[] dataKey;
    private final EncryptedDocuments documents;
    private final EncryptedRecordings recordings;
    private final AuditLog audit;

    StoreSession(UserAccount user, byte[] dataKey, Path dir, DikteraJson json, Crypto crypto, Clock clock) {
        this.user = user;
        this.dataKey = dataKey;
        this.documents = new EncryptedDocuments(dir.resolve("documents"), dataKey, json, crypto);
        this.recordings = new EncryptedRecordings(dir.resolve("audio"), dataKey, crypto);
        this.audit = new AuditLog(dir.resolve("audit.log"), dir.resolve("audit-head.enc"), dataKey, json, crypto);
    }

    public UserAccount user() {
        return user;
    }

    public EncryptedDocuments documents() {
        return documents;
    }

    public EncryptedRecordings recordings() {
        return recordings;
    }

    public AuditLog audit() {
        return audit;
    }

    byte[] dataKey() {
        return dataKey;
    }

    @Override
    public void close() {
        Arrays.fill(dataKey, (byte) 0);
    }
}
