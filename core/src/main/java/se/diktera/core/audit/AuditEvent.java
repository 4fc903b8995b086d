package se.diktera.core.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who did what to which note version, and when. Details hold ids and codes only, never patient
 * data: the audit trail may be read by people who may not read the notes.
 *
 * @param subjectId   the note (or other object) acted on; null for sign-in and the like
 * @param noteVersion null when the subject is not a note version
 */
public record AuditEvent(
        UUID id,
        Instant at,
        String actorId,
        AuditAction action,
        String subjectId,
        Integer noteVersion,
        Map<String, String> details) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        if (actorId == null || actorId.isBlank()) {
            throw new IllegalArgumentException("An audit event names who acted");
        }
        details = Map.copyOf(details == null ? Map.of() : details);
    }

    public static AuditEvent of(Instant at, String actorId, AuditAction action, String subjectId,
            Integer noteVersion, Map<String, String> details) {
        return new AuditEvent(UUID.randomUUID(), at, actorId, action, subjectId, noteVersion, details);
    }
}
