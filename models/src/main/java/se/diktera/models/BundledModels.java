package se.diktera.models;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model archives shipped beside the application (built in from Maven Central), and their
 * installation into the user's models folder at first start.
 */
public final class BundledModels {

    /** System property naming the folder of bundled archives; set by the launcher and the tests. */
    public static final String LOCATION_PROPERTY = "diktera.bundled.models";

    private final Path directory;

    public BundledModels(Path directory) {
        this.directory = directory;
    }

    /** The folder from {@value #LOCATION_PROPERTY}, else {@code models/} beside the jar of {@code anchor}. */
    public static BundledModels locate(Class<?> anchor) {
        String configured = System.getProperty(LOCATION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return new BundledModels(Path.of(configured));
        }
        try {
            Path jar = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new BundledModels(jar.getParent().resolve("models"));
        } catch (URISyntaxException | RuntimeException e) {
            return new BundledModels(Path.of("models"));
        }
    }

    public Path directory() {
        return directory;
    }

    /** The archive for a catalogued model, if the build shipped it here. */
    public Optional<Path> archiveFor(ModelDescriptor model) {
        if (!model.bundled()) {
            return Optional.empty();
        }
        Path archive = directory.resolve(model.archiveName());
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    /** Installs every bundled model that is not installed yet; returns what is installed now. */
    public List<InstalledModel> installMissing(ModelCatalog catalog, ModelStore store) throws ModelException {
        store.removeUnfinishedInstalls();
        List<InstalledModel> result = new ArrayList<>();
        for (ModelDescriptor model : catalog.all()) {
            Optional<Path> archive = archiveFor(model);
            if (archive.isPresent()) {
                result.add(store.installBundled(model, archive.get()));
            }
        }
        return result;
    }
}
