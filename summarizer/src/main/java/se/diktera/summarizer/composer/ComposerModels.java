package se.diktera.summarizer.composer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.model.OnnxClassifier;

/**
 * The three trained stages of one language: speaker roles, content selection, sections. The
 * build trains them ({@code diktera-roles-LANG}, {@code diktera-selection-LANG},
 * {@code diktera-composer-sections-LANG}); a region may supply its own section model instead.
 */
public record ComposerModels(String language, OnnxClassifier roles, OnnxClassifier selection, OnnxClassifier sections,
        SectionTransitions transitions, KeepThresholds keepAt) implements AutoCloseable {

    /**
     * Beside the selection model: the probability at which an utterance is kept, in a punctuated
     * transcript ({@code keepAt=}) and in a bare one ({@code keepAtUnpunctuated=}).
     */
    public static final String SELECTION_PROPERTIES = "selection.properties";
    private static final double DEFAULT_KEEP_AT = 0.5;
    private static final String MODELS = "/se/diktera/summarizer/models/";

    public static String rolesId(String language) {
        return "diktera-roles-" + language;
    }

    public static String selectionId(String language) {
        return "diktera-selection-" + language;
    }

    public static String sectionsId(String language) {
        return "diktera-composer-sections-" + language;
    }

    public static ComposerModels bundled(String language) throws EngineException {
        return withSections(language, OnnxClassifier.bundled(sectionsId(language)), SectionTransitions.read(
                ComposerModels.class.getResourceAsStream(MODELS + sectionsId(language) + "/" + SectionTransitions.FILE)));
    }

    /**
     * The bundled role and selection models with the given section model (closed with them) and
     * the section transitions that go with it ({@link SectionTransitions#NONE} when it has none).
     */
    public static ComposerModels withSections(String language, OnnxClassifier sections, SectionTransitions transitions)
            throws EngineException {
        List<OnnxClassifier> opened = new ArrayList<>();
        try {
            OnnxClassifier roles = OnnxClassifier.bundled(rolesId(language));
            opened.add(roles);
            OnnxClassifier selection = OnnxClassifier.bundled(selectionId(language));
            return new ComposerModels(language, roles, selection, sections, transitions, keepAt(language));
        } catch (EngineException | RuntimeException e) {
            opened.forEach(OnnxClassifier::close);
            sections.close();
            throw e;
        }
    }

    private static KeepThresholds keepAt(String language) {
        String path = MODELS + selectionId(language) + "/" + SELECTION_PROPERTIES;
        return keepAt(ComposerModels.class.getResourceAsStream(path));
    }

    /** The keep threshold written beside a selection model in {@code dir}. */
    public static KeepThresholds keepAt(Path dir) throws IOException {
        return keepAt(Files.newInputStream(dir.resolve(SELECTION_PROPERTIES)));
    }

    private static KeepThresholds keepAt(InputStream stream) {
        KeepThresholds fallback = new KeepThresholds(DEFAULT_KEEP_AT, DEFAULT_KEEP_AT);
        try (InputStream in = stream) {
            if (in == null) {
                return fallback;
            }
            Properties p = new Properties();
            p.load(in);
            double punctuated = Double.parseDouble(p.getProperty("keepAt", String.valueOf(DEFAULT_KEEP_AT)));
            return new KeepThresholds(punctuated,
                    Double.parseDouble(p.getProperty("keepAtUnpunctuated", String.valueOf(punctuated))));
        } catch (IOException | NumberFormatException e) {
            return fallback;
        }
    }

    /** The note model's id for provenance in a drafted note: the section model, the one a region may replace. */
    public String id() {
        return sections.id();
    }

    @Override
    public void close() {
        roles.close();
        selection.close();
        sections.close();
    }
}
