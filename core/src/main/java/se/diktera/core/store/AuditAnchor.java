package se.diktera.core.store;

import java.util.Optional;

/**
 * Where the audit trail stood when something else was sealed: its entry count and the hash of its
 * last entry. Sealed into every stored document and each account at sign-in, so the trail is
 * anchored outside its own two files: deleting them, or putting an older copy back, leaves
 * anchors the trail no longer reaches.
 */
public record AuditAnchor(long seq, String hash) {

    static final AuditAnchor EMPTY = new AuditAnchor(0, AuditLog.GENESIS);
    private static final String MAGIC = "diktera-audit-anchor-1";

    public AuditAnchor {
        if (seq < 0 || hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("An audit anchor is a count and a SHA-256 in hex");
        }
    }

    /** The line written before a sealed document's content. */
    String header() {
        return MAGIC + " " + seq + " " + hash + "\n";
    }

    /** The anchor at the start of {@code text} and where the content after it begins; empty for a document sealed before anchors. */
    static Optional<Parsed> parse(String text) {
        if (!text.startsWith(MAGIC + " ")) {
            return Optional.empty();
        }
        int end = text.indexOf('\n');
        String[] parts = text.substring(MAGIC.length() + 1, end < 0 ? text.length() : end).split(" ");
        if (parts.length != 2 || end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(new AuditAnchor(Long.parseLong(parts[0]), parts[1]), end + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    record Parsed(AuditAnchor anchor, int contentStart) {
    }
}
