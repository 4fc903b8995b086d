package se.diktera.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.diktera.core.json.DikteraJson;
import se.diktera.core.json.DocumentFormatException;

/**
 * Transcripts, drafts, notes and queue items, each an AES-256-GCM sealed JSON document at
 * {@code documents/KIND/ID.enc}, written atomically. The kind and id are bound in as associated
 * data, so a file copied over another is detected.
 *
 * <p>Thread-safe for different documents; writes to one document are last-writer-wins.
 */
public final class EncryptedDocuments {

    private static final String SUFFIX = ".enc";
    private final Path dir;
    private final byte[] key;
    private final DikteraJson json;
    private final Crypto crypto;

    EncryptedDocuments(Path dir, byte[] key, DikteraJson json, Crypto crypto) {
        this.dir = dir;
        this.key = key;
        this.json = json;
        this.crypto = crypto;
    }

    public void put(String kind, String id, Object value) throws IOException {
        byte[] plain = json.write(kind, value).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file(kind, id), crypto.seal(key, plain, aad(kind, id)));
    }

    /**
     * @throws TamperedDataException when the file was changed, cut or moved
     * @throws DocumentFormatException when it decrypts but is not a readable document
     */
    public <T> Optional<T> get(String kind, String id, Class<T> type) throws IOException, DocumentFormatException {
        byte[] sealed;
        try {
            sealed = Files.readAllBytes(file(kind, id));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        byte[] plain = Crypto.open(key, sealed, aad(kind, id), "The " + kind + " " + id);
        return Optional.of(json.read(new String(plain, StandardCharsets.UTF_8), kind, type));
    }

    public List<String> ids(String kind) throws IOException {
        Path d = dir.resolve(kind);
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(d)) {
            return ids;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(d, "*" + SUFFIX)) {
            for (Path f : files) {
                if (!AtomicFiles.isTemporary(f)) {
                    String name = f.getFileName().toString();
                    ids.add(name.substring(0, name.length() - SUFFIX.length()));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    public boolean delete(String kind, String id) throws IOException {
        return Files.deleteIfExists(file(kind, id));
    }

    Path file(String kind, String id) {
        if (!kind.matches("[a-z-]+") || !id.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Document kinds and ids use letters, digits, '.', '_' and '-' only");
        }
        return dir.resolve(kind).resolve(id + SUFFIX);
    }

    private static byte[] aad(String kind, String id) {
        return ("diktera-document\n" + kind + "\n" + id).getBytes(StandardCharsets.UTF_8);
    }
}
