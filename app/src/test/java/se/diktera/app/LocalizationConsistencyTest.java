package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.diktera.core.problem.Problem;

/** Every key in both languages, every key used, every used key present. */
class LocalizationConsistencyTest {

    /** Keys built at run time from a prefix and a value; each prefix stands for its keys. */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("language.", "draft.message.", "ui.pnr.", "ui.contact.", "ui.outbox.state.",
            "ui.fact.", "ui.role.", "ui.settings.kind.", "ui.theme.", "problem.", "ui.passphrase.", "followup.col.", "followup.def.");
    private static final Pattern USED = Pattern.compile(
            "(?:messages\\(\\)\\.get|messages\\.get|descriptionKey\\s*=|\\.get)\\(?\\s*\"([a-z][A-Za-z0-9.]+)\"|\"%([a-z][A-Za-z0-9.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/se/diktera/app/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Any string literal shaped like a key: a key named anywhere in the code counts as used. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9_.]+)\"");

    private static Set<String> literals() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                Matcher m = USED.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return used;
    }

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_sv.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>(usedKeys());
        missing.removeAll(defined);
        missing.removeAll(DYNAMIC_PREFIXES);
        missing.removeIf(k -> !k.contains(".") || k.startsWith("se.") || k.startsWith("java.") || k.startsWith("diktera."));
        assertThat(missing).as("keys used but not in messages.properties").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> used = new TreeSet<>(usedKeys());
        used.addAll(literals());
        Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(k -> DYNAMIC_PREFIXES.stream().anyMatch(k::startsWith));
        // picocli reads each command's description by its qualified name, e.g. diktera.doctor.usage.description.
        unused.removeIf(k -> k.endsWith("usage.description"));
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }

    @Test
    void noTranslationIsLeftEmpty() throws IOException {
        Set<String> empty = new HashSet<>();
        for (String bundle : new String[] {"messages.properties", "messages_sv.properties"}) {
            Properties p = load(bundle);
            p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).forEach(k -> empty.add(bundle + ":" + k));
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void everyProblemHasItsTextInBothLanguagesAndNoOtherProblemKeyExists() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_sv.properties"}) {
            Set<String> problemKeys = new TreeSet<>(load(bundle).stringPropertyNames());
            problemKeys.removeIf(k -> !k.startsWith("problem."));
            assertThat(problemKeys).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(Problem.values()).map(Problem::key).toList());
        }
    }

    @Test
    void pluralsAreChosenNotBracketed() throws IOException {
        Pattern bracketed = Pattern.compile("\\p{L}\\((s|ar|er|or|na|en)\\)");
        for (String bundle : new String[] {"messages.properties", "messages_sv.properties"}) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames().stream().filter(k -> bracketed.matcher(p.getProperty(k)).find()).sorted())
                    .as("%s: texts that say \"note(s)\" instead of choosing the form by number", bundle).isEmpty();
        }
    }
}
