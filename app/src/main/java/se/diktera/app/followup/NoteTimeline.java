package se.diktera.app.followup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import se.diktera.core.consultation.ContactType;

/**
 * One note's way through Diktera as its audit trail and documents tell it: when each step
 * happened, how much of the draft survived. No patient data: the note's contact type, template
 * and times only; it never leaves the device (only {@link KeyFigures} of groups do).
 *
 * @param recordedSeconds   how long the recording ran (0 when the note was dictated from a file or script)
 * @param recordingEnded    the end of the recording (or the transcript, when there was no recording)
 * @param drafted           when the draft was made and shown
 * @param submitted         when the clinician first submitted it for review, or null
 * @param reviewed          when a reviewer first approved it or sent it back, or null
 * @param approved          when it was approved, or null
 * @param exported          when it first arrived at its destination, or null
 * @param draftSurvival     how much of the draft's text is in the signed note (1 = all, by characters), or null
 */
record NoteTimeline(Instant consultationStart, ContactType contactType, String templateId, long recordedSeconds,
        Instant recordingEnded, Instant drafted, Instant submitted, Instant reviewed, Instant approved, boolean sentBack,
        Instant exported, int exportFailures, Double draftSurvival, int statementsAdded, int statementsRemoved) {

    Optional<Duration> leadTime() {
        return between(recordingEnded, approved);
    }

    Optional<Duration> activeTime() {
        return between(drafted, submitted);
    }

    Optional<Duration> reviewTurnaround() {
        return between(submitted, reviewed);
    }

    Optional<Duration> exportDelay() {
        return between(approved, exported);
    }

    private static Optional<Duration> between(Instant from, Instant to) {
        return from == null || to == null || to.isBefore(from) ? Optional.empty() : Optional.of(Duration.between(from, to));
    }
}
