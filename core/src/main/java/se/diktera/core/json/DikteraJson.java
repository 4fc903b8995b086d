package se.diktera.core.json;

import java.io.IOException;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads and writes Diktera's documents as JSON. Every document is wrapped in an envelope with a
 * schema version and a kind, so that files written by an older version can be recognised and
 * migrated, and a newer file is refused rather than half-read:
 *
 * <pre>{"schemaVersion": 1, "kind": "note", "body": { ... }}</pre>
 *
 * <p>Thread-safe: the mapper is configured once and never changed.
 */
public final class DikteraJson {

    /** Bump when a stored document's shape changes incompatibly, and add a migration. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper;

    public DikteraJson() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The configured mapper, for modules that stream or need tree access. */
    public ObjectMapper mapper() {
        return mapper;
    }

    public String write(String kind, Object body) {
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("schemaVersion", SCHEMA_VERSION);
        envelope.put("kind", kind);
        envelope.set("body", mapper.valueToTree(body));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a " + kind, e);
        }
    }

    /**
     * @throws DocumentFormatException when the text is not a document of this kind and a schema
     *                                 version this build can read
     */
    public <T> T read(String json, String kind, Class<T> type) throws DocumentFormatException {
        Objects.requireNonNull(json, "json");
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw new DocumentFormatException("Not valid JSON: " + rootMessage(e), e);
        }
        if (root == null || !root.isObject() || !root.has("schemaVersion") || !root.has("body")) {
            throw new DocumentFormatException("Not a Diktera document (no schemaVersion or body)", null);
        }
        int version = root.get("schemaVersion").asInt(-1);
        if (version < 1 || version > SCHEMA_VERSION) {
            throw new DocumentFormatException("Schema version " + version + " is not supported by this version of Diktera"
                    + " (it reads up to " + SCHEMA_VERSION + ")", null);
        }
        String actualKind = root.path("kind").asText();
        if (!kind.equals(actualKind)) {
            throw new DocumentFormatException("Expected a " + kind + " document but found '" + actualKind + "'", null);
        }
        try {
            return mapper.treeToValue(root.get("body"), type);
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentFormatException("The " + kind + " document is damaged: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
