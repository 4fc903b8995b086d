package se.diktera.summarizer.composer;

/** An utterance worded as the composer words it: cleaned for its speaker, rephrased, its uncertainty kept. */
final class Worded {

    private Worded() {
    }

    static String by(ClinicalWording wording, String said, Role role) {
        return wording.withUncertainty(said, role, wording.rephrase(wording.clean(said, role), role, Pronouns.PATIENT));
    }
}
