package se.diktera.core.consultation;

/**
 * How clinician and patient met. The region follows up how much care moves closer to home, so
 * home visits and remote contacts are kept apart from visits at the clinic.
 */
public enum ContactType {
    /** Mottagningsbesök: at the clinic. */
    MOTTAGNINGSBESOK(true),
    /** Hembesök: at the patient's home. */
    HEMBESOK(true),
    /** Distanskontakt, video. */
    DISTANSKONTAKT_VIDEO(false),
    /** Distanskontakt, telefon. */
    DISTANSKONTAKT_TELEFON(false);

    private final boolean physicalMeeting;

    ContactType(boolean physicalMeeting) {
        this.physicalMeeting = physicalMeeting;
    }

    /** Whether clinician and patient were in the same room (decides the NPÖ note kind). */
    public boolean physicalMeeting() {
        return physicalMeeting;
    }
}
