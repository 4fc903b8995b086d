package se.diktera.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import se.diktera.core.json.DikteraJson;

/**
 * The models Diktera knows of, read from {@code catalog.json} in this module. Adding a model
 * (say a stronger Swedish one) is an edit of that file, not of code.
 */
public final class ModelCatalog {

    private final List<ModelDescriptor> models;

    public ModelCatalog(List<ModelDescriptor> models) {
        this.models = List.copyOf(models);
    }

    /** The catalogue shipped with this build. */
    public static ModelCatalog builtIn(DikteraJson json) {
        try (InputStream in = ModelCatalog.class.getResourceAsStream("catalog.json")) {
            if (in == null) {
                throw new IllegalStateException("catalog.json is missing from the models module");
            }
            return new ModelCatalog(json.mapper().readValue(in, new TypeReference<List<ModelDescriptor>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("catalog.json cannot be read", e);
        }
    }

    public List<ModelDescriptor> all() {
        return models;
    }

    public Optional<ModelDescriptor> byId(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The first catalogued model of a kind for a language, in catalogue order (preferred first). */
    public Optional<ModelDescriptor> preferred(ModelKind kind, String language) {
        return models.stream().filter(m -> m.kind() == kind && m.language().equals(language)).findFirst();
    }
}
