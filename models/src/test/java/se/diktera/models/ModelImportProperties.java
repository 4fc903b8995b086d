package se.diktera.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.diktera.core.json.DikteraJson;

/**
 * A model archive is input from outside (a region's download, a USB stick, a hostile file):
 * whatever it holds, importing it installs a model or is refused with a {@link ModelException},
 * never another exception, and a refused import leaves nothing behind, inside or outside the
 * models folder. The inputs are a model-shaped zip with bytes changed or cut, with entry names
 * that climb out of the folder, and bytes that are no zip.
 */
class ModelImportProperties {

    private static final DikteraJson JSON = new DikteraJson();
    private static final List<String> NAMES = List.of("m/am/final.mdl", "m/conf/mfcc.conf", "m/graph/HCLG.fst", "m/ivector/final.ie",
            "../outside.txt", "m/../../outside.txt", "/tmp/absolute.txt", "m/conf/../../../x", "m\\..\\..\\y", "m/", "m/graph/phones/");

    @Property(tries = 100)
    void anyArchiveInstallsOrIsRefusedLeavingNothingBehind(@ForAll("archives") byte[] archive) throws IOException {
        Path root = Files.createTempDirectory("diktera-import-properties");
        try {
            Path models = root.resolve("home/models");
            Path zip = Files.write(root.resolve("model.zip"), archive);
            ModelStore store = new ModelStore(models, JSON, Clock.systemUTC());
            try {
                store.importSpeechModel(zip, "sv", "fuzzed");
            } catch (ModelException refused) {
                assertThat(refused.problem()).isNotNull();
                assertThat(store.installed()).isEmpty();
            }
            try (Stream<Path> all = Files.walk(root)) {
                assertThat(all.filter(p -> !p.startsWith(root.resolve("home")) && !p.equals(zip) && !p.equals(root)))
                        .as("written outside the models folder").isEmpty();
            }
        } finally {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<byte[]> archives() {
        Arbitrary<byte[]> zips = Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(6).uniqueElements().map(ModelImportProperties::zip);
        Arbitrary<byte[]> changed = Combinators.combine(zips, Arbitraries.integers().between(0, 400), Arbitraries.bytes())
                .as((z, at, value) -> {
                    byte[] b = z.clone();
                    b[at % b.length] = value;
                    return b;
                });
        Arbitrary<byte[]> cut = Combinators.combine(zips, Arbitraries.doubles().between(0, 1))
                .as((z, f) -> Arrays.copyOf(z, (int) (z.length * f)));
        return Arbitraries.oneOf(zips, changed, cut, Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
    }

    private static byte[] zip(List<String> names) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                if (!name.endsWith("/")) {
                    out.write(("model part " + name).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
