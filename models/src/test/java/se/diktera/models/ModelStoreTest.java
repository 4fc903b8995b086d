package se.diktera.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.json.DikteraJson;

/** Installs the real English model from its Maven Central archive, then imports copies of it. */
class ModelStoreTest {

    private static final DikteraJson JSON = new DikteraJson();
    private static final ModelCatalog CATALOG = ModelCatalog.builtIn(JSON);
    private static final ModelDescriptor ENGLISH = CATALOG.preferred(ModelKind.SPEECH, "en").orElseThrow();

    @TempDir
    static Path shared;
    private static InstalledModel english;

    @TempDir
    Path modelsDir;

    @BeforeAll
    static void installTheBundledEnglishModelOnce() throws Exception {
        BundledModels bundled = BundledModels.locate(ModelStoreTest.class);
        ModelStore store = new ModelStore(shared.resolve("models"), JSON, Clock.systemUTC());
        english = bundled.installMissing(CATALOG, store).stream().filter(m -> m.id().equals(ENGLISH.id())).findFirst()
                .orElseThrow(() -> new AssertionError("the build did not bundle " + ENGLISH.archiveName()));
    }

    private ModelStore store() {
        return new ModelStore(modelsDir, JSON, Clock.systemUTC());
    }

    @Test
    void theBundledEnglishModelIsUnpackedChecksummedAndDescribed() {
        assertThat(english.directory().resolve("am/final.mdl")).isRegularFile();
        assertThat(english.directory().resolve("graph/HCLr.fst")).isRegularFile();
        assertThat(english.language()).isEqualTo("en");
        assertThat(english.sha256()).isEqualTo(ENGLISH.archiveSha256());
        assertThat(english.directory().resolve("assets")).doesNotExist();
    }

    @Test
    void installingTheBundledModelTwiceKeepsTheFirstInstall() throws Exception {
        ModelStore store = new ModelStore(shared.resolve("models"), JSON, Clock.systemUTC());
        Path archive = BundledModels.locate(getClass()).archiveFor(ENGLISH).orElseThrow();

        InstalledModel again = store.installBundled(ENGLISH, archive);

        assertThat(again.installedAt()).isEqualTo(english.installedAt());
    }

    @Test
    void anArchiveThatDoesNotMatchItsChecksumIsRefused() throws Exception {
        Path archive = zip(modelsDir.resolveSibling("fake.aar"), Map.of("assets/model-en-us/am/final.mdl", "x"));

        assertThatThrownBy(() -> store().installBundled(ENGLISH, archive))
                .isInstanceOf(ModelException.class).hasMessageContaining("does not match its checksum");
        assertThat(store().installed()).isEmpty();
    }

    @Test
    void aZipOfTheEnglishModelImportsAsSwedishAndIsChosenForSwedish() throws Exception {
        Path zip = zipTree(english.directory(), modelsDir.resolveSibling("vosk-model-test-sv.zip"), "vosk-model-test-sv/");

        InstalledModel imported = store().importSpeechModel(zip, "sv", null);

        assertThat(imported.id()).isEqualTo("vosk-model-test-sv");
        assertThat(imported.directory().resolve("am/final.mdl")).isRegularFile();
        assertThat(store().forLanguage(ModelKind.SPEECH, "sv", CATALOG)).map(InstalledModel::id).contains("vosk-model-test-sv");
        assertThat(store().forLanguage(ModelKind.SPEECH, "de", CATALOG)).isEmpty();
    }

    @Test
    void aFolderImportsAndAnIdAlreadyInstalledIsRefused() throws Exception {
        InstalledModel imported = store().importSpeechModel(english.directory(), "sv", "sv-from-folder");

        assertThat(imported.directory().resolve("conf/mfcc.conf")).isRegularFile();
        assertThatThrownBy(() -> store().importSpeechModel(english.directory(), "sv", "sv-from-folder"))
                .isInstanceOf(ModelException.class).hasMessageContaining("already installed");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"../../x", "../outside", "/etc/diktera", ".hidden", "a/b", "..", ""})
    void anIdThatIsNotAFolderNameInsideTheModelsFolderIsRefused(String id) throws Exception {
        assertThatThrownBy(() -> store().importSpeechModel(english.directory(), "sv", id))
                .isInstanceOf(ModelException.class).hasMessageContaining("Nothing was installed");
        try (var left = Files.list(modelsDir.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("x", "outside");
        }
        assertThat(modelsDir.resolve("..").resolve("x")).doesNotExist();
    }

    @Test
    void aZipBombIsRefusedBeforeAnythingIsUnpacked() throws Exception {
        Path bomb = modelsDir.resolveSibling("bomb.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new java.util.zip.ZipEntry("bomb/am/final.mdl"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }

        assertThatThrownBy(() -> store().importSpeechModel(bomb, "sv", "bomb")).isInstanceOf(ModelException.class)
                .hasMessageContaining("zip bomb").hasMessageContaining("nothing was installed");
        try (var left = Files.walk(modelsDir)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aModelMissingItsAcousticModelIsRefusedAndLeavesNothingBehind() throws Exception {
        Path zip = zip(modelsDir.resolveSibling("half.zip"), Map.of("half/conf/mfcc.conf", "--x", "half/graph/HCLG.fst", "x"));

        assertThatThrownBy(() -> store().importSpeechModel(zip, "sv", null))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("am/final.mdl")
                .hasMessageNotContaining("conf/mfcc.conf")
                .hasMessageContaining("Nothing was installed");
        assertThat(listing(modelsDir)).isEmpty();
    }

    @Test
    void aTruncatedZipIsRefusedAndLeavesNothingBehind() throws Exception {
        Path whole = zipTree(english.directory().resolve("conf"), modelsDir.resolveSibling("whole.zip"), "m/conf/");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(modelsDir.resolveSibling("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> store().importSpeechModel(cut, "sv", null))
                .isInstanceOf(ModelException.class).hasMessageContaining("not a readable zip");
        assertThat(listing(modelsDir)).isEmpty();
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws Exception {
        Path text = Files.writeString(modelsDir.resolveSibling("model.zip"), "this is not a model");

        assertThatThrownBy(() -> store().importSpeechModel(text, "sv", null))
                .isInstanceOf(ModelException.class).hasMessageContaining("not a readable zip");
    }

    @Test
    void anArchiveEntryPointingOutsideTheFolderIsRefused() throws Exception {
        Path zip = zip(modelsDir.resolveSibling("evil.zip"), Map.of("../../evil.txt", "x"));

        assertThatThrownBy(() -> store().importSpeechModel(zip, "sv", null))
                .isInstanceOf(ModelException.class).hasMessageContaining("outside");
        assertThat(modelsDir.resolveSibling("evil.txt")).doesNotExist();
    }

    @Test
    void aMissingSourceAndABadLanguageAreExplained() {
        assertThatThrownBy(() -> store().importSpeechModel(modelsDir.resolve("nope"), "sv", null))
                .isInstanceOf(ModelException.class).hasMessageContaining("no such file");
        assertThatThrownBy(() -> store().importSpeechModel(english.directory(), "Swedish!", null))
                .isInstanceOf(ModelException.class).hasMessageContaining("'sv'");
    }

    @Test
    void foldersLeftByAnInterruptedInstallAreRemovedAndNeverListed() throws Exception {
        Files.createDirectories(modelsDir.resolve(".partial-123/am"));
        Files.writeString(modelsDir.resolve(".partial-123/am/final.mdl"), "x");

        assertThat(store().installed()).isEmpty();
        store().removeUnfinishedInstalls();
        assertThat(modelsDir.resolve(".partial-123")).doesNotExist();
    }

    private static Stream<Path> listingStream(Path dir) throws IOException {
        return Files.list(dir);
    }

    private static java.util.List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> s = listingStream(dir)) {
            return s.toList();
        }
    }

    private static Path zip(Path target, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return target;
    }

    private static Path zipTree(Path dir, Path target, String prefix) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target));
             Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(prefix + dir.relativize(p).toString().replace('\\', '/')));
                try (OutputStream noClose = new java.io.FilterOutputStream(out) {
                    @Override
                    public void close() {
                    }
                }) {
                    Files.copy(p, noClose);
                }
                out.closeEntry();
            }
        }
        return target;
    }
}
