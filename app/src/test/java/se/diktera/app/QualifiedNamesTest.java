package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No fully qualified type names in the main code of any module: a type is imported, unless its
 * simple name is already imported from another package (two {@code Duration}s in one file).
 */
class QualifiedNamesTest {

    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|javafx|se\\.diktera|org|com)\\.(?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import ([\\w.]+)\\.(\\w+);");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    @Test
    void mainCodeImportsWhatItUses() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        found.addAll(qualifiedNamesIn(file));
                    }
                }
            }
        }
        assertThat(found).as("fully qualified type names in main code (import them)").isEmpty();
    }

    private static List<String> qualifiedNamesIn(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> imported = new HashMap<>();
        for (String line : lines) {
            Matcher m = IMPORT.matcher(line);
            if (m.find()) {
                imported.put(m.group(2), m.group(1) + "." + m.group(2));
            }
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*") || line.startsWith("/*")
                    || line.startsWith("//")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(STRING.matcher(line).replaceAll("\"\""));
            while (m.find()) {
                String qualified = m.group(1) + m.group(2);
                String other = imported.get(m.group(2));
                if (other == null || other.equals(qualified)) {
                    found.add(file.getFileName() + ":" + (i + 1) + " " + qualified);
                }
            }
        }
        return found;
    }
}
