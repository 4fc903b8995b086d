package se.diktera.core.lifecycle;

/** Where a note stands in its life. The allowed moves are in {@link NoteLifecycle}, and only there. */
public enum NoteState {
    RECORDING,
    TRANSCRIBED,
    DRAFTED,
    IN_REVIEW,
    SENT_BACK,
    APPROVED,
    EXPORTED,
    EXPORT_FAILED,
    /** A correction of an approved or exported note, being written as a new version. */
    AMENDED,
    /**
     * A note that should never have been sent (the wrong patient, the wrong consultation): told to
     * every destination it reached as {@code entered-in-error}, never used again. Nothing follows it.
     */
    ENTERED_IN_ERROR
}
