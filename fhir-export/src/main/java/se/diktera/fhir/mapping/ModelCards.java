package se.diktera.fhir.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model card the build ships beside each model (Markdown: what it predicts, what it was
 * trained on, its held-out figures), found by the model's id on the classpath, for the AI
 * transparency a receiver is owed. Thread-safe; each card is read once.
 */
public final class ModelCards {

    /** Where the summarizer's build writes each model's card: {@code <id>} is the model id. */
    static final String SHIPPED = "/se/diktera/summarizer/models/%s/MODEL-CARD.md";

    private final Map<String, Optional<String>> read = new ConcurrentHashMap<>();

    public static ModelCards shipped() {
        return new ModelCards();
    }

    /** The card of {@code modelId}, or empty when none was shipped with it. */
    public Optional<String> of(String modelId) {
        if (!modelId.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        return read.computeIfAbsent(modelId, id -> {
            try (InputStream in = ModelCards.class.getResourceAsStream(String.format(SHIPPED, id))) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
