package se.diktera.core.people;

/** What a local user may do. Four-eyes rule: a note's author never approves it. */
public enum Role {
    /** Records consultations, edits own drafts, submits them for review. */
    CLINICIAN,
    /** Approves or sends back other people's drafts. */
    REVIEWER,
    /** Configures models, the FHIR server, retention and users. */
    ADMINISTRATOR
}
