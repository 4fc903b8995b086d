package se.diktera.app;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.store.AuditLog;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;

/**
 * The audit trail checked at every sign-in (client and command line): its chain, its sealed head
 * and the anchors of the accounts and of the {@value #NEWEST_DOCUMENTS} most recently stored
 * documents. A broken trail is never repaired or started afresh: it stays as evidence, the finding
 * is appended to it (so the trail itself records when it was found) and logged (counts only), and
 * the client tells an administrator. Work goes on: a broken trail must not keep a clinician from
 * a patient's note.
 */
public final class AuditCheck {

    /** Enough to cover any recent work; {@code audit verify} reads them all. */
    static final int NEWEST_DOCUMENTS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(AuditCheck.class);

    private AuditCheck() {
    }

    /** Checks the trail as a sign-in does; the verification says what was found. */
    public static AuditLog.Verification atSignIn(Vault vault, StoreSession session, Clock clock) throws IOException {
        return found(vault.verifyAudit(session, NEWEST_DOCUMENTS), session, clock);
    }

    /** Checks the trail against every anchor on the device (all documents). */
    public static AuditLog.Verification thorough(Vault vault, StoreSession session, Clock clock) throws IOException {
        return found(vault.verifyAudit(session, 0), session, clock);
    }

    private static AuditLog.Verification found(AuditLog.Verification v, StoreSession session, Clock clock) throws IOException {
        if (!v.intact()) {
            // The problem names counts and line numbers only, never a note's content or a patient.
            LOG.warn("The audit trail is broken: {}", v.problem());
            new NoteAudit(session, clock).recordAbout(AuditAction.AUDIT_BROKEN, null, Map.of("found", v.problem()));
        }
        return v;
    }
}
