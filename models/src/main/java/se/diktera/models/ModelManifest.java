package se.diktera.models;

import java.time.Instant;

/** What Diktera writes into each installed model folder ({@value #FILE_NAME}). */
record ModelManifest(String id, String language, ModelKind kind, String origin, String sha256, Instant installedAt) {

    static final String FILE_NAME = "diktera-model.json";
    static final String KIND = "model-manifest";
}
