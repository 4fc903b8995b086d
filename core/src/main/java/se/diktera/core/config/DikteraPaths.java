package se.diktera.core.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where Diktera keeps its files on this device. One data folder holds everything; it comes from
 * {@code DIKTERA_HOME} when set, otherwise from the platform's per-user application data folder.
 */
public record DikteraPaths(Path dataDir) {

    public static final String HOME_VARIABLE = "DIKTERA_HOME";

    public DikteraPaths {
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    /** The folder for the current user, from the environment and system properties given. */
    public static DikteraPaths forUser(Map<String, String> env, String osName, String userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return new DikteraPaths(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return new DikteraPaths((local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("Diktera"));
        }
        if (os.startsWith("mac")) {
            return new DikteraPaths(home.resolve("Library/Application Support/Diktera"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        return new DikteraPaths((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("diktera"));
    }

    public static DikteraPaths forCurrentUser() {
        return forUser(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** Installed speech and note models, one folder each. */
    public Path models() {
        return dataDir.resolve("models");
    }

    /** The encrypted store: recordings, transcripts, notes, outbox, audit trail. */
    public Path store() {
        return dataDir.resolve("store");
    }

    public Path recordings() {
        return dataDir.resolve("recordings");
    }

    /** Logs carry ids only, never patient data. */
    public Path logs() {
        return dataDir.resolve("logs");
    }
}
