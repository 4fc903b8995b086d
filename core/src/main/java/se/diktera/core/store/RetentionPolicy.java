package se.diktera.core.store;

import java.time.Duration;
import java.util.List;

/**
 * How long things are kept after a note was exported. Audio goes first (default: at export);
 * transcripts, drafts and notes after a longer period (default: 90 days, time enough for
 * corrections; the patient record system keeps the note itself).
 */
public record RetentionPolicy(Duration audioAfterExport, Duration documentsAfterExport) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ZERO, Duration.ofDays(90));
    /** Documents kept per note and removed together. */
    static final List<String> NOTE_DOCUMENT_KINDS = List.of("transcript", "draft", "note");

    public RetentionPolicy {
        if (audioAfterExport.isNegative() || documentsAfterExport.isNegative()) {
            throw new IllegalArgumentException("Retention periods cannot be negative");
        }
    }
}
