package se.diktera.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.diktera.core.audit.AuditEvent;
import se.diktera.core.json.DikteraJson;

/**
 * The audit trail: one JSON line per event, each carrying the SHA-256 of the line before it, so
 * an edited or removed line breaks the chain. The newest sequence number and hash are also kept
 * sealed with the store's key, so cutting lines off the end is detected too. Events carry ids and
 * codes only, never patient data, so the log itself is plain text for auditors.
 *
 * <p>Thread-safe: appends are serialised.
 */
public final class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private final Path file;
    private final Path head;
    private final byte[] key;
    private final DikteraJson json;
    private final Crypto crypto;

    /** The chain's tail as last appended by this instance, valid while the file keeps {@code tailFileSize} bytes. */
    private long tailSeq = -1;
    private String tailHash;
    private long tailFileSize = -1;

    AuditLog(Path file, Path head, byte[] key, DikteraJson json, Crypto crypto) {
        this.file = file;
        this.head = head;
        this.key = key;
        this.json = json;
        this.crypto = crypto;
    }

    /** What a verification found: all well, or the first line that is wrong and how. */
    public record Verification(boolean intact, long entries, String problem) {
    }

    public synchronized void append(AuditEvent event) throws IOException {
        long size = refreshTail();
        long seq = tailSeq + 1;
        String prev = tailHash;
        String eventJson = json.mapper().writeValueAsString(event);
        ObjectNode line = json.mapper().createObjectNode();
        line.put("seq", seq);
        line.put("prev", prev);
        line.set("event", json.mapper().readTree(eventJson));
        line.put("hash", hash(prev, seq, eventJson));
        byte[] bytes = (json.mapper().writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        AtomicFiles.write(head, crypto.seal(key, (seq + "\n" + line.get("hash").asText()).getBytes(StandardCharsets.UTF_8),
                "diktera-audit-head".getBytes(StandardCharsets.UTF_8)));
        tailSeq = seq;
        tailHash = line.get("hash").asText();
        tailFileSize = size + bytes.length;
    }

    /** Where the trail stands now, to be sealed into something stored beside it. */
    public synchronized AuditAnchor head() throws IOException {
        refreshTail();
        return tailSeq == 0 ? AuditAnchor.EMPTY : new AuditAnchor(tailSeq, tailHash);
    }

    /** The file's size, with the cached tail brought up to date when another session appended since. */
    private long refreshTail() throws IOException {
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (size != tailFileSize) {
            List<String> lines = lines();
            tailSeq = lines.size();
            tailHash = lines.isEmpty() ? GENESIS : json.mapper().readTree(lines.get(lines.size() - 1)).path("hash").asText();
            tailFileSize = size;
        }
        return size;
    }

    /** Checks every link of the chain and that the chain ends where the sealed head says. */
    public synchronized Verification verify() throws IOException {
        return verify(List.of());
    }

    /**
     * As {@link #verify()}, and that the trail still holds every entry {@code anchors} (sealed into
     * documents and accounts when they were written) saw: a deleted trail or an older copy put
     * back reaches less far than they do, or differs where they saw it.
     */
    public synchronized Verification verify(Collection<AuditAnchor> anchors) throws IOException {
        List<String> lines = lines();
        List<String> hashes = new ArrayList<>(lines.size());
        String prev = GENESIS;
        for (int i = 0; i < lines.size(); i++) {
            long expectedSeq = i + 1L;
            JsonNode line;
            try {
                line = json.mapper().readTree(lines.get(i));
            } catch (IOException e) {
                return new Verification(false, i, "line " + expectedSeq + " is not a valid entry");
            }
            if (line.path("seq").asLong() != expectedSeq || !line.path("prev").asText().equals(prev)) {
                return new Verification(false, i, "the chain breaks at line " + expectedSeq + ": an entry before it was removed or reordered");
            }
            String recomputed = hash(prev, expectedSeq, json.mapper().writeValueAsString(line.get("event")));
            if (!recomputed.equals(line.path("hash").asText())) {
                return new Verification(false, i, "line " + expectedSeq + " was edited after it was written");
            }
            prev = recomputed;
            hashes.add(recomputed);
        }
        AuditAnchor furthest = anchors.stream().max(Comparator.comparingLong(AuditAnchor::seq)).orElse(AuditAnchor.EMPTY);
        if (furthest.seq() > lines.size()) {
            return new Verification(false, lines.size(), "the log has " + lines.size() + " entries, but data stored on this device"
                    + " was sealed when it had " + furthest.seq() + ": the log was deleted, cut or replaced by an older copy");
        }
        for (AuditAnchor a : anchors) {
            if (a.seq() > 0 && !hashes.get((int) a.seq() - 1).equals(a.hash())) {
                return new Verification(false, lines.size(), "entry " + a.seq() + " is not the one data stored on this device was"
                        + " sealed with: the log was replaced");
            }
        }
        if (Files.exists(head)) {
            String[] sealed = new String(Crypto.open(key, Files.readAllBytes(head),
                    "diktera-audit-head".getBytes(StandardCharsets.UTF_8), "The audit head"), StandardCharsets.UTF_8).split("\n");
            if (Long.parseLong(sealed[0]) != lines.size() || !sealed[1].equals(prev)) {
                return new Verification(false, lines.size(), "the log ends at line " + lines.size() + " but " + sealed[0]
                        + " were written: entries were removed from its end");
            }
        } else if (!lines.isEmpty()) {
            return new Verification(false, lines.size(), "the sealed head of the log is missing");
        }
        return new Verification(true, lines.size(), null);
    }

    /** Every event in the log, oldest first (read once; for figures over many notes). */
    public synchronized List<AuditEvent> events() throws IOException {
        List<AuditEvent> events = new ArrayList<>();
        for (String l : lines()) {
            events.add(json.mapper().treeToValue(json.mapper().readTree(l).get("event"), AuditEvent.class));
        }
        return events;
    }

    /** Every event about one subject (a note id), oldest first. */
    public synchronized List<AuditEvent> eventsFor(String subjectId) throws IOException {
        List<AuditEvent> events = new ArrayList<>();
        for (String l : lines()) {
            JsonNode event = json.mapper().readTree(l).get("event");
            if (subjectId.equals(event.path("subjectId").asText(null))) {
                events.add(json.mapper().treeToValue(event, AuditEvent.class));
            }
        }
        return events;
    }

    private List<String> lines() throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    private static String hash(String prev, long seq, String eventJson) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((prev + "\n" + seq + "\n" + eventJson).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
