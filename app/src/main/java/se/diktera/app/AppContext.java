package se.diktera.app;

import java.security.SecureRandom;
import java.time.Clock;

import se.diktera.app.settings.SettingsStore;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.Vault;
import se.diktera.models.BundledModels;
import se.diktera.models.ModelCatalog;
import se.diktera.models.ModelStore;

/**
 * The one place the application's parts are built and wired, by plain constructors. Commands and
 * views receive what they need from here; nothing reaches for a static.
 */
public final class AppContext {

    private final Clock clock;
    private final DikteraPaths paths;
    private final DikteraJson json;
    private final ModelCatalog catalog;
    private final ModelStore modelStore;
    private final BundledModels bundledModels;

    public AppContext(DikteraPaths paths, BundledModels bundledModels, Clock clock) {
        this.clock = clock;
        this.paths = paths;
        this.json = new DikteraJson();
        this.catalog = ModelCatalog.builtIn(json);
        this.modelStore = new ModelStore(paths.models(), json, clock);
        this.bundledModels = bundledModels;
    }

    public static AppContext forCurrentUser() {
        return new AppContext(DikteraPaths.forCurrentUser(), BundledModels.locate(AppContext.class), Clock.systemUTC());
    }

    public Clock clock() {
        return clock;
    }

    public DikteraPaths paths() {
        return paths;
    }

    public DikteraJson json() {
        return json;
    }

    public ModelCatalog catalog() {
        return catalog;
    }

    public ModelStore modelStore() {
        return modelStore;
    }

    public BundledModels bundledModels() {
        return bundledModels;
    }

    /** The device's settings, written by administrators. */
    public SettingsStore settings() {
        return new SettingsStore(paths.dataDir(), json, clock);
    }

    /** The encrypted local store: its users, and the door to everything else. */
    public Vault vault() {
        return new Vault(paths.store(), json, new Crypto(new SecureRandom()), clock);
    }
}
