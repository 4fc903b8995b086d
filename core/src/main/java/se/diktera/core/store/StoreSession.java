package se.diktera.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    private final Path dir;

    StoreSession(UserAccount user, byte[] dataKey, Path dir, DikteraJson json, Crypto crypto, Clock clock) {
        this.user = user;
        this.dir = dir;
        this.dataKey = dataKey;
        this.audit = new AuditLog(dir.resolve("audit.log"), dir.resolve("audit-head.enc"), dataKey, json, crypto);
        this.documents = new EncryptedDocuments(dir.resolve("documents"), dataKey, json, crypto, audit);
        this.recordings = new EncryptedRecordings(dir.resolve("audio"), dataKey, crypto);
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

    /** The recordings in this store that have no transcript and no note: what a crash left. */
    public List<String> untranscribedRecordings() throws IOException {
        return untranscribedRecordings(dir);
    }

    /**
     * The recordings in the store at {@code storeDir} that have no transcript and no note, read
     * from the file names alone (no passphrase needed): what a crash left for its author to recover.
     */
    public static List<String> untranscribedRecordings(Path storeDir) throws IOException {
        Path documents = storeDir.resolve("documents");
        List<String> ids = new ArrayList<>();
        for (String id : EncryptedRecordings.ids(storeDir.resolve("audio"))) {
            if (!Files.exists(documents.resolve("transcript").resolve(id + ".enc"))
                    && !Files.exists(documents.resolve("note").resolve(id + ".enc"))) {
                ids.add(id);
            }
        }
        return ids;
    }
}
