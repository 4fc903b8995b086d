package se.diktera.models;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.diktera.core.json.DikteraJson;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.problem.Problem;

/**
 * The models installed on this device, one folder each under the models folder, each with a
 * manifest. Installs are atomic: a model is unpacked into a hidden partial folder, checked, and
 * only then renamed into place, so a failed or interrupted install leaves nothing a loader could
 * pick up. Nothing installed is ever overwritten.
 *
 * <p>Not thread-safe for concurrent installs of the same model; callers install from one thread.
 */
public final class ModelStore {

    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    private static final String PARTIAL_PREFIX = ".partial-";

    private final Path modelsDir;
    private final DikteraJson json;
    private final Clock clock;

    public ModelStore(Path modelsDir, DikteraJson json, Clock clock) {
        this.modelsDir = modelsDir.toAbsolutePath().normalize();
        this.json = json;
        this.clock = clock;
    }

    public Path directory() {
        return modelsDir;
    }

    /** The models installed, by id. Folders without a readable manifest are skipped. */
    public List<InstalledModel> installed() {
        if (!Files.isDirectory(modelsDir)) {
            return List.of();
        }
        List<InstalledModel> result = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(modelsDir, Files::isDirectory)) {
            for (Path dir : dirs) {
                if (!dir.getFileName().toString().startsWith(".")) {
                    readManifest(dir).ifPresent(result::add);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list the models folder {}", modelsDir, e);
        }
        result.sort(Comparator.comparing(InstalledModel::id));
        return result;
    }

    public Optional<InstalledModel> find(String id) {
        return installed().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** An installed model of a kind for a language; the catalogue's preferred one when several are. */
    public Optional<InstalledModel> forLanguage(ModelKind kind, String language, ModelCatalog catalog) {
        List<InstalledModel> candidates = installed().stream()
                .filter(m -> m.kind() == kind && m.language().equals(language)).toList();
        return catalog.all().stream()
                .flatMap(d -> candidates.stream().filter(m -> m.id().equals(d.id())))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /**
     * Installs a catalogued model from the archive the build bundles, after checking its SHA-256.
     * Does nothing and returns the installed model if it is already there.
     */
    public InstalledModel installBundled(ModelDescriptor model, Path archive) throws ModelException {
        Optional<InstalledModel> present = find(model.id());
        if (present.isPresent()) {
            return present.get();
        }
        if (!Files.isRegularFile(archive)) {
            throw new ModelException(Problem.BUNDLED_MODEL_MISSING, "The bundled archive for " + model.id() + " is missing: " + archive
                    + ". Rebuild Diktera, or reinstall the package.");
        }
        String sha = checksum(archive);
        if (model.archiveSha256() != null && !model.archiveSha256().equalsIgnoreCase(sha)) {
            throw new ModelException(Problem.ARCHIVE_CHECKSUM, "The archive " + archive.getFileName() + " does not match its checksum"
                    + " (expected " + model.archiveSha256() + ", found " + sha + "); it is damaged or not the"
                    + " published model. Rebuild Diktera, or reinstall the package.");
        }
        return install(model.id(), model.language(), model.kind(), model.origin(), sha,
                partial -> SafeUnzip.extract(archive, model.archiveRoot() == null ? "" : model.archiveRoot(), partial));
    }

    /**
     * Imports a Vosk speech model supplied as a folder or a zip (for example the region's Swedish
     * model). The model is checked before anything becomes visible.
     *
     * @param id the id to install under; null to take the folder's or archive's name
     */
    public InstalledModel importSpeechModel(Path source, String language, String id) throws ModelException {
        if (!Files.exists(source)) {
            throw new ModelException(Problem.IMPORT_SOURCE_MISSING, "Nothing to import at " + source + ": no such file or folder");
        }
        if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
            throw new ModelException(Problem.LANGUAGE_REQUIRED, "Give the model's language as a code such as 'sv' or 'en'");
        }
        String modelId = checkedId(id != null ? id : idFromName(source));
        if (find(modelId).isPresent()) {
            throw new ModelException(Problem.MODEL_ALREADY_INSTALLED, "A model with the id " + modelId + " is already installed; remove it first"
                    + " or import under another id");
        }
        String origin = "imported from " + source.getFileName();
        if (Files.isDirectory(source)) {
            return install(modelId, language, ModelKind.SPEECH, origin, checksumTree(source),
                    partial -> copyTree(source, partial));
        }
        String sha = checksum(source);
        return install(modelId, language, ModelKind.SPEECH, origin, sha, partial -> {
            SafeUnzip.extract(source, "", partial);
            hoistModelRoot(partial);
        });
    }

    /**
     * Imports a note (section) model supplied as a folder holding {@code model.onnx},
     * {@code features.txt} and {@code labels.txt}, e.g. a stronger Swedish model from the region.
     */
    public InstalledModel importNoteModel(Path source, String language, String id) throws ModelException {
        if (!Files.isDirectory(source)) {
            throw new ModelException(Problem.NOT_A_MODEL, "A note model is a folder; " + source + " is not one");
        }
        if (language == null || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
            throw new ModelException(Problem.LANGUAGE_REQUIRED, "Give the model's language as a code such as 'sv' or 'en'");
        }
        List<String> missing = new ArrayList<>();
        for (String f : List.of("model.onnx", "features.txt", "labels.txt")) {
            if (!Files.isRegularFile(source.resolve(f))) {
                missing.add(f);
            }
        }
        if (!missing.isEmpty()) {
            throw new ModelException(Problem.NOT_A_MODEL, "This is not a complete note model; it lacks " + String.join(", ", missing)
                    + ". Nothing was installed.");
        }
        String modelId = checkedId(id != null ? id : idFromName(source));
        if (find(modelId).isPresent()) {
            throw new ModelException(Problem.MODEL_ALREADY_INSTALLED, "A model with the id " + modelId + " is already installed; remove it first"
                    + " or import under another id");
        }
        return install(modelId, language, ModelKind.NOTE, "imported from " + source.getFileName(), checksumTree(source),
                partial -> copyTree(source, partial));
    }

    /**
     * An id is a folder name inside the models folder and nothing else: letters, digits, '.', '_'
     * and '-', not starting with a dot, so "../../x" or "/etc" cannot install elsewhere.
     */
    static String checkedId(String id) throws ModelException {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") || id.contains("..")) {
            throw new ModelException(Problem.MODEL_ID_INVALID, "A model id is letters, digits, '.', '_' and '-' (at most 100, not starting with a"
                    + " dot, no '..'); '" + id + "' is not one. Nothing was installed.");
        }
        return id;
    }

    /** Removes folders left by installs that were interrupted (a crash, a full disk). */
    public void removeUnfinishedInstalls() {
        if (!Files.isDirectory(modelsDir)) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(modelsDir, PARTIAL_PREFIX + "*")) {
            for (Path dir : dirs) {
                deleteTree(dir);
            }
        } catch (IOException e) {
            LOG.warn("Cannot clean up unfinished model installs in {}", modelsDir, e);
        }
    }

    @FunctionalInterface
    private interface Filler {
        void fill(Path partialDir) throws ModelException, IOException;
    }

    private InstalledModel install(String id, String language, ModelKind kind, String origin, String sha,
            Filler filler) throws ModelException {
        Path target = modelsDir.resolve(checkedId(id));
        if (!target.normalize().getParent().equals(modelsDir.normalize())) {
            throw new ModelException(Problem.MODEL_ID_INVALID, "The model id " + id + " does not name a folder inside " + modelsDir);
        }
        Path partial = modelsDir.resolve(PARTIAL_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(modelsDir);
            Files.createDirectory(partial);
            filler.fill(partial);
            if (kind == ModelKind.SPEECH) {
                List<String> missing = VoskModelLayout.missingParts(partial);
                if (!missing.isEmpty()) {
                    throw new ModelException(Problem.NOT_A_MODEL, "This is not a complete Vosk speech model; it lacks "
                            + String.join(", ", missing) + ". Nothing was installed.");
                }
            }
            ModelManifest manifest = new ModelManifest(id, language, kind, origin, sha, clock.instant());
            Files.writeString(partial.resolve(ModelManifest.FILE_NAME), json.write(ModelManifest.KIND, manifest));
            moveIntoPlace(partial, target);
            LOG.info("Installed model {} ({}, {})", id, kind, language);
            return toInstalled(manifest, target);
        } catch (IOException e) {
            throw new ModelException(Problem.INSTALL_FAILED, "Installing " + id + " failed: " + describe(e) + ". Nothing was installed.", e);
        } finally {
            deleteTree(partial);
        }
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException, ModelException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new ModelException(Problem.MODEL_ALREADY_INSTALLED, "A folder " + target.getFileName() + " is already in the models folder;"
                    + " it was left as it is and nothing was installed", e);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The models folder does not support atomic renames", e);
        }
    }

    private Optional<InstalledModel> readManifest(Path dir) {
        Path file = dir.resolve(ModelManifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ModelManifest m = json.read(Files.readString(file), ModelManifest.KIND, ModelManifest.class);
            return Optional.of(toInstalled(m, dir));
        } catch (IOException | DocumentFormatException e) {
            LOG.warn("Skipping model folder {}: its manifest cannot be read ({})", dir.getFileName(), e.getMessage());
            return Optional.empty();
        }
    }

    private static InstalledModel toInstalled(ModelManifest m, Path dir) {
        return new InstalledModel(m.id(), m.language(), m.kind(), m.origin(), m.sha256(), m.installedAt(), dir);
    }

    /** If the archive held one folder with the model inside, make that folder's content the root. */
    private static void hoistModelRoot(Path partial) throws IOException, ModelException {
        if (VoskModelLayout.looksLikeRoot(partial)) {
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(partial)) {
            children = list.filter(p -> !p.getFileName().toString().startsWith("__MACOSX")).toList();
        }
        if (children.size() != 1 || !Files.isDirectory(children.get(0))) {
            return; // the layout check that follows says what is missing
        }
        Path inner = children.get(0);
        try (Stream<Path> list = Files.list(inner)) {
            for (Path p : list.toList()) {
                Files.move(p, partial.resolve(p.getFileName().toString()));
            }
        }
        Files.delete(inner);
    }

    private static String idFromName(Path source) {
        String name = source.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            name = name.substring(0, name.length() - 4);
        }
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String checksum(Path file) throws ModelException {
        try {
            return Sha256.ofFile(file);
        } catch (IOException e) {
            throw new ModelException(Problem.STORAGE, "Cannot read " + file.getFileName() + ": " + describe(e), e);
        }
    }

    private static String checksumTree(Path dir) throws ModelException {
        try {
            return Sha256.ofTree(dir);
        } catch (IOException e) {
            throw new ModelException(Problem.STORAGE, "Cannot read the folder " + dir.getFileName() + ": " + describe(e), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Cannot remove {}", dir, e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.contains("No space left") ? "the disk is full (" + message + ")" : message;
    }
}
