package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.config.DikteraPaths;
import se.diktera.models.BundledModels;

/** The templates offered when a consultation starts: the built-in ones, then the clinic's own. */
class TemplateChoicesTest {

    @TempDir
    Path dir;

    @Test
    void theClinicsOwnTemplateIsOfferedBesideTheBuiltInOnes() throws Exception {
        AppContext context = new AppContext(new DikteraPaths(dir), BundledModels.locate(getClass()), Clock.systemUTC());
        Path templates = Files.createDirectories(context.paths().dataDir().resolve("templates"));
        String builtIn = new String(getClass().getResourceAsStream("/se/diktera/summarizer/templates/sv-omvardnad.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(templates.resolve("hembesok.json"), builtIn.replace("\"sv-omvardnad\"", "\"jh-hembesok\"")
                .replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", "\"title\": \"Hembesök JH\""));

        assertThat(TemplateChoices.of(context)).containsKeys("sv-journal", "sv-omvardnad", "en-clinic")
                .containsEntry("jh-hembesok", "Hembesök JH");
        assertThat(TemplateChoices.documentTypes(context)).as("the LOINC type each template gives, the clinic's too")
                .containsEntry("sv-omvardnad", "34746-8").containsEntry("jh-hembesok", "34746-8").containsEntry("en-hp", "34117-2");
    }

    @Test
    void aBrokenClinicTemplateLeavesTheBuiltInOnes() throws Exception {
        AppContext context = new AppContext(new DikteraPaths(dir), BundledModels.locate(getClass()), Clock.systemUTC());
        Files.writeString(Files.createDirectories(context.paths().dataDir().resolve("templates")).resolve("trasig.json"), "{");

        assertThat(TemplateChoices.orBuiltIn(context)).containsKeys("sv-journal", "sv-omvardnad").hasSize(5);
    }
}
