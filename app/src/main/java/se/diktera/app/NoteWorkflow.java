package se.diktera.app;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.lifecycle.NoteLifecycle;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.people.HsaId;
import se.diktera.core.store.AccessDeniedException;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Transcript;

/**
 * A note's way from draft to outbox: the clinician submits (with their edits), a reviewer who is
 * not the author approves or sends it back, and an approved note is queued for export. Every step
 * is checked against the access policy and the lifecycle, and audited.
 */
public final class NoteWorkflow {

    /** A note waiting for review, with its consultation. */
    public record InReview(Note note, Consultation consultation) {
    }

    /** An author's note a reviewer sent back, with the reviewer's comment. */
    public record SentBack(Note note, Consultation consultation, String comment) {
    }

    private final StoreSession session;
    private final Clock clock;
    private final NoteLifecycle lifecycle;
    private final NoteAudit audit;
    private final Supplier<Optional<ServerReview>> serverReview;

    /** Review on this device. */
    public NoteWorkflow(StoreSession session, Clock clock) {
        this(session, clock, Optional::empty);
    }

    /**
     * @param serverReview review through the region's server when the device is set so (asked for
     *                     on the background thread, when a note is submitted); empty for review on this device
     */
    public NoteWorkflow(StoreSession session, Clock clock, Supplier<Optional<ServerReview>> serverReview) {
        this.session = session;
        this.clock = clock;
        this.lifecycle = new NoteLifecycle(clock);
        this.audit = new NoteAudit(session, clock);
        this.serverReview = serverReview;
    }

    /**
     * The clinician submits a draft, with each section's text as edited (a line that is a drafted
     * statement keeps its evidence; any other line is the clinician's own).
     */
    public Note submit(NoteId id, Consultation consultation, DraftedNote draft, Map<String, String> editedText)
            throws IOException, DocumentFormatException {
        return submit(id, consultation, draft, editedText, Map.of());
    }

    /**
     * As {@link #submit(NoteId, Consultation, DraftedNote, Map)}, with what the clinician checked
     * ({@code details}, e.g. how many of the facts found were ticked off) in the one EDIT entry.
     */
    public Note submit(NoteId id, Consultation consultation, DraftedNote draft, Map<String, String> editedText,
            Map<String, String> details) throws IOException, DocumentFormatException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.SUBMIT, consultation.clinician().hsaId());
        Edited e = edited(draft.sections(), editedText);
        List<NoteSection> sections = e.sections();
        boolean edited = e.changed();
        // A note sent back goes to review again; one already in review or approved cannot be submitted over.
        Optional<Note> stored = session.documents().get("note", id.toString(), Note.class);
        NoteState from = stored.map(Note::state).orElse(NoteState.DRAFTED);
        Note note = new Note(id, stored.map(Note::version).orElse(1), consultation.id(), draft.templateId(), draft.language(),
                from, sections, List.of(draft.modelId()));
        String actor = session.user().hsaId().value();
        NoteLifecycle.Transition t = lifecycle.move(note, NoteState.IN_REVIEW, actor);
        if (edited || !details.isEmpty()) {
            Map<String, String> said = new LinkedHashMap<>(details);
            said.put("changed", Boolean.toString(edited));
            audit(note, AuditAction.EDIT, said);
        }
        session.documents().put("consultation", id.toString(), consultation.endedAt(clock.instant()));
        session.documents().put("note", id.toString(), t.note());
        session.audit().append(t.auditEvent());
        Optional<ServerReview> server = serverReview.get();
        if (server.isPresent()) {
            server.get().submit(t.note());
        }
        return t.note();
    }

    /** Sections as edited, and whether anything changed. */
    private record Edited(List<NoteSection> sections, boolean changed) {
    }

    /** Each section's text as edited: a line that is a statement keeps it (and its evidence); any other line is the editor's own. */
    private static Edited edited(List<NoteSection> before, Map<String, String> editedText) {
        List<NoteSection> sections = new ArrayList<>();
        boolean edited = false;
        for (NoteSection s : before) {
            String text = editedText.get(s.key());
            if (text == null) {
                sections.add(s);
                continue;
            }
            List<Statement> statements = new ArrayList<>();
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.isEmpty()) {
                    continue;
                }
                Optional<Statement> drafted = s.statements().stream().filter(st -> st.text().equals(l)).findFirst();
                edited |= drafted.isEmpty();
                statements.add(drafted.orElseGet(() -> Statement.written(l)));
            }
            edited |= statements.size() != s.statements().size();
            sections.add(s.withStatements(statements));
        }
        return new Edited(sections, edited);
    }

    /**
     * A correction of a note that left review (approved, exported or failed to export): a new
     * version, the sections as edited, goes to review again. Its author or a reviewer may amend it;
     * whoever does may not approve the amendment (four eyes), and the export says it replaces the
     * version before ({@code docStatus amended}, {@code relatesTo replaces}).
     */
    public Note amend(NoteId id, Map<String, String> editedText) throws IOException, DocumentFormatException {
        Note before = finished(id);
        Consultation consultation = session.documents().get("consultation", id.toString(), Consultation.class).orElseThrow();
        requireAuthorOrReviewer(consultation);
        Edited e = edited(before.sections(), editedText);
        String actor = session.user().hsaId().value();
        NoteLifecycle.Transition amended = lifecycle.move(before, NoteState.AMENDED, actor);
        Note next = amended.note();
        for (NoteSection section : e.sections()) {
            next = next.withSection(section);
        }
        NoteLifecycle.Transition toReview = lifecycle.move(next, NoteState.IN_REVIEW, actor);
        session.documents().put(AMENDED_BY, id.toString(), actor);
        session.documents().put("note", id.toString(), toReview.note());
        session.audit().append(amended.auditEvent());
        audit(toReview.note(), AuditAction.EDIT, Map.of("changed", Boolean.toString(e.changed()), "amendment", "true"));
        session.audit().append(toReview.auditEvent());
        Optional<ServerReview> server = serverReview.get();
        if (server.isPresent()) {
            server.get().submit(toReview.note());
        }
        return toReview.note();
    }

    /**
     * A note that should never have been sent (the wrong patient, the wrong consultation) is
     * entered in error: every destination its version reached is told so, and it is never used
     * again. Its author or a reviewer may do it.
     */
    public ApprovedNote enterInError(NoteId id) throws IOException, DocumentFormatException {
        Note note = finished(id);
        Consultation consultation = session.documents().get("consultation", id.toString(), Consultation.class).orElseThrow();
        requireAuthorOrReviewer(consultation);
        NoteLifecycle.Transition t = lifecycle.move(note, NoteState.ENTERED_IN_ERROR, session.user().hsaId().value());
        String version = id + "-v" + note.version();
        ApprovedNote sent = outbox().items().stream().filter(i -> i.id().equals(version)).map(OutboxItem::note).findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + note.version() + " of note " + id
                        + " is no longer on this device; nothing can be withdrawn from here"));
        session.documents().put("note", id.toString(), t.note());
        session.audit().append(t.auditEvent());
        ApprovedNote withdrawn = sent.enteredInError();
        outbox().enqueue(withdrawn);
        return withdrawn;
    }

    /** Who amended a note now in review: they may not approve it. */
    private static final String AMENDED_BY = "amended-by";

    /** A stored note; the lifecycle refuses the move if it has not left review. */
    private Note finished(NoteId id) throws IOException, DocumentFormatException {
        return session.documents().get("note", id.toString(), Note.class)
                .orElseThrow(() -> new IllegalArgumentException("There is no note " + id + " on this device"));
    }

    private void requireAuthorOrReviewer(Consultation consultation) {
        HsaId author = consultation.clinician().hsaId();
        if (!AccessPolicy.allows(session.user(), AccessPolicy.Permission.SUBMIT, author)) {
            AccessPolicy.require(session.user(), AccessPolicy.Permission.APPROVE, author);
        }
    }

    /** Whether this user amended the note (so may not approve it). */
    private boolean amendedByMe(Note note) throws IOException, DocumentFormatException {
        return note.version() > 1 && session.documents().get(AMENDED_BY, note.id().toString(), String.class)
                .filter(session.user().hsaId().value()::equals).isPresent();
    }

    /** This author's notes that reviewers sent back, with their comments, oldest consultation first. */
    public List<SentBack> sentBack() throws IOException, DocumentFormatException {
        List<SentBack> found = new ArrayList<>();
        for (String id : session.documents().ids("note")) {
            Note note = session.documents().get("note", id, Note.class).orElseThrow();
            if (note.state() != NoteState.SENT_BACK) {
                continue;
            }
            Optional<Consultation> c = session.documents().get("consultation", id, Consultation.class);
            if (c.isPresent() && c.get().clinician().hsaId().equals(session.user().hsaId())) {
                found.add(new SentBack(note, c.get(), session.documents().get("send-back-comment", id, String.class).orElse("")));
            }
        }
        found.sort(Comparator.comparing(r -> r.consultation().start()));
        return found;
    }

    /** Notes waiting for this reviewer (never their own), oldest consultation first. */
    public List<InReview> reviewQueue() throws IOException, DocumentFormatException {
        List<InReview> queue = new ArrayList<>();
        for (String id : session.documents().ids("note")) {
            Note note = session.documents().get("note", id, Note.class).orElseThrow();
            if (note.state() != NoteState.IN_REVIEW) {
                continue;
            }
            Consultation c = session.documents().get("consultation", id, Consultation.class).orElseThrow();
            if (AccessPolicy.allows(session.user(), AccessPolicy.Permission.APPROVE, c.clinician().hsaId()) && !amendedByMe(note)) {
                queue.add(new InReview(note, c));
            }
        }
        queue.sort(Comparator.comparing(r -> r.consultation().start()));
        return queue;
    }

    /** A reviewer opens a note: audited as a view; returns the transcript it was drafted from, if still kept. */
    public Optional<Transcript> open(InReview item) throws IOException, DocumentFormatException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.VIEW_NOTE, item.consultation().clinician().hsaId());
        audit(item.note(), AuditAction.VIEW, Map.of());
        return session.documents().get("transcript", item.note().id().toString(), Transcript.class);
    }

    /** The reviewer approves: the note becomes APPROVED and is queued for export. */
    public ApprovedNote approve(InReview item) throws IOException, DocumentFormatException {
        return approve(item, null);
    }

    /**
     * As {@link #approve(InReview)}, with the reviewer's changes made in the note's plain text
     * ({@link ReviewerEdits}: their lines marked as theirs, audited as their EDIT); null or unchanged
     * text approves the note as submitted.
     */
    public ApprovedNote approve(InReview item, String editedText) throws IOException, DocumentFormatException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.APPROVE, item.consultation().clinician().hsaId());
        if (amendedByMe(item.note())) {
            throw new AccessDeniedException("Who amended a note may not approve the amendment (four-eyes rule)");
        }
        Note note = editedText == null ? item.note() : ReviewerEdits.apply(item.note(), editedText, session.user().hsaId());
        if (!note.equals(item.note())) {
            audit(note, AuditAction.EDIT, Map.of("changed", "true"));
        }
        NoteLifecycle.Transition t = lifecycle.move(note, NoteState.APPROVED, session.user().hsaId().value());
        ApprovedNote approved = new ApprovedNote(t.note(), item.consultation(), session.user().asClinician(), clock.instant());
        session.documents().put("note", t.note().id().toString(), t.note());
        session.audit().append(t.auditEvent());
        audit(t.note(), AuditAction.APPROVE, Map.of());
        outbox().enqueue(approved);
        return approved;
    }

    /** The reviewer sends the note back to its author with a comment. */
    public Note sendBack(InReview item, String comment) throws IOException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.SEND_BACK, item.consultation().clinician().hsaId());
        NoteLifecycle.Transition t = lifecycle.move(item.note(), NoteState.SENT_BACK, session.user().hsaId().value());
        session.documents().put("note", t.note().id().toString(), t.note());
        session.documents().put("send-back-comment", t.note().id().toString(), comment);
        session.audit().append(t.auditEvent());
        audit(t.note(), AuditAction.SEND_BACK, Map.of());
        return t.note();
    }

    /** A note was copied out of Diktera (for the EHR): audited with where it went. */
    public void copied(Note note, Map<String, String> details) throws IOException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.VIEW_NOTE, null);
        audit(note, AuditAction.COPY, details);
    }

    /** The outbox as the sender will see it; enqueueing needs no destination. */
    public Outbox outbox() {
        return new Outbox(session.documents(), session.audit(), NoDestination.EXPORTER, "none", clock,
                session.user().hsaId().value());
    }

    private void audit(Note note, AuditAction action, Map<String, String> details) throws IOException {
        audit.record(action, note.id().toString(), note.version(), details);
    }
}
