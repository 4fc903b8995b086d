package se.diktera.app.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import se.diktera.app.NoteAudit;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.AtomicFiles;
import se.diktera.core.store.StoreSession;

/**
 * The device's settings in {@code settings.json} in the data folder: read by anyone, written by
 * an administrator only, every change audited with the names of the fields that changed.
 */
public final class SettingsStore {

    static final String KIND = "settings";
    private final Path file;
    private final DikteraJson json;
    private final Clock clock;

    public SettingsStore(Path dataDir, DikteraJson json, Clock clock) {
        this.file = dataDir.resolve("settings.json");
        this.json = json;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when none were saved yet. */
    public ClientSettings load() throws IOException, DocumentFormatException {
        if (!Files.exists(file)) {
            return ClientSettings.defaults();
        }
        return json.read(Files.readString(file, StandardCharsets.UTF_8), KIND, ClientSettings.class);
    }

    /**
     * As {@link #load()}, but the defaults when the saved settings cannot be read: unreadable
     * settings must not keep anyone out, and the administrator sees the problem on saving.
     */
    public ClientSettings loadOrDefaults() {
        try {
            return load();
        } catch (IOException | DocumentFormatException | RuntimeException e) {
            return ClientSettings.defaults();
        }
    }

    /** Saves {@code changed} as the administrator of {@code session}; returns the names of the fields that changed. */
    public Map<String, String> save(StoreSession session, ClientSettings changed) throws IOException, DocumentFormatException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.CONFIGURE, null);
        ClientSettings before = load();
        Map<String, String> fields = changedFields(before, changed);
        if (fields.isEmpty()) {
            return fields;
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, json.write(KIND, changed).getBytes(StandardCharsets.UTF_8));
        new NoteAudit(session, clock).recordAbout(AuditAction.CONFIGURE, "settings", fields);
        return fields;
    }

    private Map<String, String> changedFields(ClientSettings a, ClientSettings b) {
        Map<String, Object> left = json.mapper().convertValue(a, json.mapper().getTypeFactory()
                .constructMapType(TreeMap.class, String.class, Object.class));
        Map<String, Object> right = json.mapper().convertValue(b, json.mapper().getTypeFactory()
                .constructMapType(TreeMap.class, String.class, Object.class));
        Map<String, String> changed = new TreeMap<>();
        for (String key : right.keySet()) {
            if (!Objects.equals(left.get(key), right.get(key))) {
                changed.put(key, "changed");
            }
        }
        return changed;
    }
}
