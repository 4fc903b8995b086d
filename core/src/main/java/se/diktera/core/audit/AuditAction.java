package se.diktera.core.audit;

/** The kinds of things the audit trail records. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    VIEW,
    EDIT,
    RECORD,
    TRANSCRIBE,
    DRAFT,
    STATE_CHANGE,
    APPROVE,
    SEND_BACK,
    EXPORT,
    EXPORT_FAILED,
    /** A review request, approval or send-back delivered to the review server (details say which). */
    REVIEW_SENT,
    /** A review action that did not reach the review server, or was refused there (details say why). */
    REVIEW_SEND_FAILED,
    DELETE_BY_RETENTION,
    /** A recording a crash left unfinished, discarded by the clinician who made it. */
    DISCARD,
    CONFIGURE,
    /** A note copied out of Diktera (to the clipboard, for the EHR). */
    COPY,
    /** Follow-up figures taken out of the device (aggregates only, no patient data). */
    REPORT,
    /** The audit trail was found deleted, cut, edited or replaced (at sign-in or by audit verify); details say how. */
    AUDIT_BROKEN
}
