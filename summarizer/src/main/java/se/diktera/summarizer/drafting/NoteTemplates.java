package se.diktera.summarizer.drafting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.diktera.core.engine.EngineException;
import se.diktera.core.problem.Problem;

/** The note templates: the built-in ones, and any a clinic adds or overrides in a folder of JSON files. */
public final class NoteTemplates {

    public static final List<String> BUILT_IN = List.of("sv-journal", "sv-omvardnad", "en-clinic", "en-soap", "en-hp");
    private final Map<String, NoteTemplate> templates;

    private NoteTemplates(Map<String, NoteTemplate> templates) {
        this.templates = Map.copyOf(templates);
    }

    public static NoteTemplates builtIn() {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, NoteTemplate> map = new LinkedHashMap<>();
        for (String id : BUILT_IN) {
            try (InputStream in = NoteTemplates.class.getResourceAsStream("/se/diktera/summarizer/templates/" + id + ".json")) {
                map.put(id, mapper.readValue(in, NoteTemplate.class));
            } catch (IOException e) {
                throw new IllegalStateException("Built-in template " + id + " cannot be read", e);
            }
        }
        return new NoteTemplates(map);
    }

    /** The built-in templates plus every {@code *.json} in {@code dir}; a file may replace a built-in one by id. */
    public static NoteTemplates withClinicTemplates(Path dir) throws EngineException {
        Map<String, NoteTemplate> map = new LinkedHashMap<>(builtIn().templates);
        if (!Files.isDirectory(dir)) {
            return new NoteTemplates(map);
        }
        ObjectMapper mapper = new ObjectMapper();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                try {
                    NoteTemplate t = mapper.readValue(f.toFile(), NoteTemplate.class);
                    map.put(t.id(), t);
                } catch (IOException | IllegalArgumentException e) {
                    throw new EngineException(Problem.TEMPLATE_INVALID, "The note template " + f.getFileName() + " is not valid: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new EngineException(Problem.TEMPLATE_INVALID, "The templates folder " + dir + " cannot be read: " + e.getMessage(), e);
        }
        return new NoteTemplates(map);
    }

    public Optional<NoteTemplate> find(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** The default template for a transcript's language: the Swedish journal note, else the English clinic note. */
    public static String defaultFor(String language) {
        return language.startsWith("sv") ? "sv-journal" : "en-clinic";
    }

    public List<String> ids() {
        return List.copyOf(templates.keySet());
    }
}
