package se.diktera.models;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A model on this device, as its manifest describes it.
 *
 * @param directory the folder engines load it from
 * @param sha256    checksum of what was installed (the archive, or the imported folder's files)
 */
public record InstalledModel(String id, String language, ModelKind kind, String origin, String sha256,
        Instant installedAt, Path directory) {
}
