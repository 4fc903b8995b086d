package se.diktera.core.outbox;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.AuditLog;
import se.diktera.core.store.EncryptedDocuments;
import se.diktera.core.store.ExportRecord;
import se.diktera.core.store.TamperedDataException;

/**
 * A durable queue of approved notes on their way out. A note is written to the encrypted store
 * before anything is sent; an item's state changes only after the destination answered. So a
 * crash mid-send leaves the item queued, and the retry is recognised by the destination (FHIR
 * conditional create) instead of making a copy: nothing is dropped, nothing arrives twice.
 *
 * <p>Retries back off from {@value #FIRST_BACKOFF_SECONDS} s, doubling to 15 minutes, or wait as
 * long as the destination asked (Retry-After) when that is longer. Failures
 * that a retry cannot fix (a 4xx with the server's reason, an invalid resource) park the item
 * until a person retries it. Every attempt is audited. Not thread-safe: one sender at a time.
 */
public final class Outbox {

    static final String KIND = "outbox";
    static final long FIRST_BACKOFF_SECONDS = Backoff.FIRST_SECONDS;
    static final Duration MAX_BACKOFF = Backoff.MAX;

    private final EncryptedDocuments documents;
    private final AuditLog audit;
    private final NoteExporter exporter;
    private final String destination;
    private final Clock clock;
    private final String actorId;

    public Outbox(EncryptedDocuments documents, AuditLog audit, NoteExporter exporter, String destination, Clock clock,
            String actorId) {
        this.documents = documents;
        this.audit = audit;
        this.exporter = exporter;
        this.destination = destination;
        this.clock = clock;
        this.actorId = actorId;
    }

    /**
     * Puts an approved note in the queue (durably); queuing the same version twice keeps one item.
     * A withdrawal ({@link NoteState#ENTERED_IN_ERROR}) takes the place of its version's item if that
     * was never sent (it must not leave after all), and is queued itself in any case: an answer lost
     * on the way may have left the version at the destination.
     */
    public OutboxItem enqueue(ApprovedNote note) throws IOException, DocumentFormatException {
        String id = OutboxItem.idOf(note);
        var existing = documents.get(KIND, id, OutboxItem.class);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (note.note().state() == NoteState.ENTERED_IN_ERROR) {
            String version = OutboxItem.versionId(note);
            Optional<OutboxItem> unsent = read(version).filter(i -> i.state() != OutboxItem.State.SENT);
            if (unsent.isPresent()) {
                documents.delete(KIND, version);
            }
        }
        Instant now = clock.instant();
        OutboxItem item = new OutboxItem(id, note, OutboxItem.State.QUEUED, 0, now, now, null, null, null, null);
        documents.put(KIND, id, item);
        return item;
    }

    /** Sends every item that is due, oldest first; returns what happened to each. */
    public List<OutboxItem> sendDue() throws IOException {
        List<OutboxItem> results = new ArrayList<>();
        Instant now = clock.instant();
        for (OutboxItem item : items()) {
            if (item.due(now)) {
                results.add(send(item));
            }
        }
        return results;
    }

    private OutboxItem send(OutboxItem item) throws IOException {
        String noteId = item.note().note().id().toString();
        int version = item.note().note().version();
        OutboxItem next;
        try {
            ExportReceipt receipt = exporter.export(item.note());
            Instant at = clock.instant();
            next = item.sent(receipt.location(), at);
            documents.put(KIND, item.id(), next);
            documents.put(ExportRecord.KIND, noteId, new ExportRecord(noteId, at, destination));
            audit.append(AuditEvent.of(at, actorId, AuditAction.EXPORT, noteId, version,
                    Map.of("destination", destination, "location", receipt.location(),
                            "alreadyPresent", String.valueOf(receipt.alreadyPresent()))));
        } catch (ExportException e) {
            next = failed(item, e.problem(), e.getMessage(), e.retryable(), e.retryAfter().orElse(Duration.ZERO));
        } catch (RuntimeException e) {
            // An answer the exporter did not foresee must not stall the queue: this item waits, the others go.
            next = failed(item, Problem.SERVER_ANSWER_UNUSABLE, "The destination's answer could not be understood (" + e.getClass().getSimpleName()
                    + "); the note stays queued", true, Duration.ZERO);
        }
        return next;
    }

    /** @param askedToWait what the destination asked for (Retry-After), honoured when longer than the backoff */
    private OutboxItem failed(OutboxItem item, Problem problem, String reason, boolean retryable, Duration askedToWait) throws IOException {
        Instant at = clock.instant();
        Duration wait = Backoff.after(item.attempts() + 1, askedToWait);
        OutboxItem next = retryable
                ? item.failed(OutboxItem.State.RETRY, problem, reason, at.plus(wait))
                : item.failed(OutboxItem.State.PARKED, problem, reason, null);
        documents.put(KIND, item.id(), next);
        audit.append(AuditEvent.of(at, actorId, AuditAction.EXPORT_FAILED, item.note().note().id().toString(),
                item.note().note().version(), Map.of("destination", destination, "retry", String.valueOf(retryable))));
        return next;
    }

    /** A person asks for a parked (or waiting) item to be tried again now. */
    public OutboxItem retry(String id) throws IOException, DocumentFormatException {
        OutboxItem item = documents.get(KIND, id, OutboxItem.class)
                .orElseThrow(() -> new IllegalArgumentException("No outbox item " + id));
        if (item.state() == OutboxItem.State.SENT) {
            return item;
        }
        OutboxItem requeued = item.requeued(clock.instant());
        documents.put(KIND, id, requeued);
        return requeued;
    }

    /** Every readable item, oldest first; a damaged one is left out (see {@link #damaged()}) so the others still go. */
    public List<OutboxItem> items() throws IOException {
        List<OutboxItem> items = new ArrayList<>();
        for (String id : documents.ids(KIND)) {
            read(id).ifPresent(items::add);
        }
        items.sort(Comparator.comparing(OutboxItem::queuedAt).thenComparing(OutboxItem::id));
        return items;
    }

    /** The ids of the items whose files cannot be read (changed, cut or not a document); the note itself stays in the store. */
    public List<String> damaged() throws IOException {
        List<String> damaged = new ArrayList<>();
        for (String id : documents.ids(KIND)) {
            if (read(id).isEmpty()) {
                damaged.add(id);
            }
        }
        return damaged;
    }

    private Optional<OutboxItem> read(String id) throws IOException {
        try {
            return documents.get(KIND, id, OutboxItem.class);
        } catch (DocumentFormatException | TamperedDataException e) {
            return Optional.empty();
        }
    }

    static Duration backoff(int attempts) {
        return Backoff.after(attempts);
    }
}
