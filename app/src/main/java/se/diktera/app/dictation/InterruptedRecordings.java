package se.diktera.app.dictation;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.engine.PcmFormat;
import se.diktera.core.store.EncryptedRecordings;
import se.diktera.core.store.StoreSession;

/**
 * Recordings in the encrypted store that never got their transcript: a crash, a power cut or a
 * killed client during the consultation. Each is found with who recorded it, for which
 * consultation, and how much sound survived, so that it can be offered to its author.
 */
public final class InterruptedRecordings {

    /**
     * @param cutShort whether the recording lacks its sealed end (it was interrupted, not ended)
     * @param consultation the consultation it was for, when stored before the sound (empty for older recordings)
     */
    public record Interrupted(String id, String recordedBy, Instant startedAt, double seconds, boolean cutShort,
            Optional<Consultation> consultation) {
    }

    private InterruptedRecordings() {
    }

    /** The interrupted recordings this session's user made, oldest first. */
    public static List<Interrupted> mine(StoreSession session) throws IOException {
        String me = session.user().hsaId().value();
        return all(session).stream().filter(r -> me.equals(r.recordedBy())).toList();
    }

    /** Every interrupted recording on the device. */
    public static List<Interrupted> all(StoreSession session) throws IOException {
        List<Interrupted> found = new ArrayList<>();
        for (String id : session.untranscribedRecordings()) {
            List<AuditEvent> events = session.audit().eventsFor(id);
            Optional<AuditEvent> started = events.stream().filter(e -> e.action() == AuditAction.RECORD).findFirst();
            EncryptedRecordings.Recovered audio = session.recordings().read(id);
            found.add(new Interrupted(id, started.map(AuditEvent::actorId).orElse(""),
                    started.map(AuditEvent::at).orElse(Instant.EPOCH), audio.pcm().length / (double) PcmFormat.BYTES_PER_SECOND,
                    !audio.ended(), consultation(session, id)));
        }
        found.sort(Comparator.comparing(Interrupted::startedAt));
        return found;
    }

    private static Optional<Consultation> consultation(StoreSession session, String id) throws IOException {
        try {
            return session.documents().get("consultation", id, Consultation.class);
        } catch (DocumentFormatException e) {
            return Optional.empty();
        }
    }
}
