package se.diktera.core.store;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.json.DocumentFormatException;

/**
 * Deletes what the retention policy says is due, and only that: audio of exported notes (its key
 * destroyed), then their transcripts, drafts and notes. Each deletion is audited.
 */
public final class RetentionSweeper {

    private final StoreSession session;
    private final RetentionPolicy policy;
    private final Clock clock;

    public RetentionSweeper(StoreSession session, RetentionPolicy policy, Clock clock) {
        this.session = session;
        this.policy = policy;
        this.clock = clock;
    }

    /** What one sweep removed: note ids whose audio, and whose documents, were deleted. */
    public record Swept(List<String> audio, List<String> documents) {
    }

    public Swept sweep() throws IOException, DocumentFormatException {
        Instant now = clock.instant();
        List<String> audio = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        EncryptedDocuments docs = session.documents();
        for (String id : docs.ids(ExportRecord.KIND)) {
            ExportRecord record = docs.get(ExportRecord.KIND, id, ExportRecord.class).orElseThrow();
            String noteId = record.noteId();
            if (!now.isBefore(record.exportedAt().plus(policy.audioAfterExport())) && session.recordings().exists(noteId)) {
                session.recordings().destroy(noteId);
                audio.add(noteId);
                audit(noteId, "audio");
            }
            if (!now.isBefore(record.exportedAt().plus(policy.documentsAfterExport()))) {
                boolean any = false;
                for (String kind : RetentionPolicy.NOTE_DOCUMENT_KINDS) {
                    any |= docs.delete(kind, noteId);
                }
                if (any) {
                    documents.add(noteId);
                    audit(noteId, "documents");
                }
            }
        }
        return new Swept(audio, documents);
    }

    private void audit(String noteId, String what) throws IOException {
        session.audit().append(AuditEvent.of(clock.instant(), "retention", AuditAction.DELETE_BY_RETENTION, noteId, null,
                Map.of("deleted", what)));
    }
}
