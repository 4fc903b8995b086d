package se.diktera.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final AuditLog audit;

    EncryptedDocuments(Path dir, byte[] key, DikteraJson json, Crypto crypto, AuditLog audit) {
        this.dir = dir;
        this.key = key;
        this.json = json;
        this.crypto = crypto;
        this.audit = audit;
    }

    /** Seals {@code value} with where the audit trail stands now ({@link AuditAnchor}) before it. */
    public void put(String kind, String id, Object value) throws IOException {
        byte[] plain = (audit.head().header() + json.write(kind, value)).getBytes(StandardCharsets.UTF_8);
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
        String text = new String(Crypto.open(key, sealed, aad(kind, id), "The " + kind + " " + id), StandardCharsets.UTF_8);
        int start = AuditAnchor.parse(text).map(AuditAnchor.Parsed::contentStart).orElse(0);
        return Optional.of(json.read(text.substring(start), kind, type));
    }

    /**
     * The audit anchors sealed into the {@code newest} most recently written documents (all when
     * {@code newest} is 0 or less). Documents that cannot be opened are left out: reading them
     * reports them.
     */
    public List<AuditAnchor> anchors(int newest) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> kinds = Files.newDirectoryStream(dir, Files::isDirectory)) {
                for (Path kind : kinds) {
                    try (DirectoryStream<Path> docs = Files.newDirectoryStream(kind, "*" + SUFFIX)) {
                        docs.forEach(f -> {
                            if (!AtomicFiles.isTemporary(f)) {
                                files.add(f);
                            }
                        });
                    }
                }
            }
        }
        Map<Path, FileTime> written = new HashMap<>();
        for (Path f : files) {
            written.put(f, Files.getLastModifiedTime(f));
        }
        files.sort(Comparator.comparing(written::get, Comparator.reverseOrder()));
        List<AuditAnchor> anchors = new ArrayList<>();
        for (Path f : newest > 0 ? files.subList(0, Math.min(newest, files.size())) : files) {
            String kind = f.getParent().getFileName().toString();
            String name = f.getFileName().toString();
            try {
                byte[] plain = Crypto.open(key, Files.readAllBytes(f), aad(kind, name.substring(0, name.length() - SUFFIX.length())),
                        "The " + kind + " document");
                AuditAnchor.parse(new String(plain, 0, Math.min(plain.length, 128), StandardCharsets.UTF_8))
                        .ifPresent(p -> anchors.add(p.anchor()));
            } catch (TamperedDataException | NoSuchFileException unreadable) {
                // damaged or gone since it was listed: not evidence either way
            }
        }
        return anchors;
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
