package se.diktera.models;

import java.util.Objects;

/**
 * A model Diktera knows of, installed or not.
 *
 * @param origin        where it comes from: a Maven coordinate, or "supplied by the region"
 * @param archiveName   the file name of the archive the build bundles, or null when imported
 * @param archiveSha256 the SHA-256 of that archive, checked before unpacking; null when imported
 * @param archiveRoot   the folder inside the archive that holds the model, e.g. {@code assets/model-en-us/}
 * @param sizeBytes     the unpacked size, for telling users what an install costs
 */
public record ModelDescriptor(
        String id,
        String language,
        ModelKind kind,
        String origin,
        String licence,
        String archiveName,
        String archiveSha256,
        String archiveRoot,
        long sizeBytes) {

    public ModelDescriptor {
        if (id == null || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("A model id uses letters, digits, '.', '_' and '-' only");
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether the build ships this model (so it can be installed without any import). */
    public boolean bundled() {
        return archiveName != null;
    }
}
