package se.diktera.core.store;

import java.time.Instant;

/** That a note left the device, and when: what retention counts from. Stored as kind {@value #KIND}. */
public record ExportRecord(String noteId, Instant exportedAt, String destination) {

    public static final String KIND = "export-record";
}
