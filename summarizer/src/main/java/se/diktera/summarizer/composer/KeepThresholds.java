package se.diktera.summarizer.composer;

import java.util.List;

import se.diktera.summarizer.text.Utterance;

/**
 * The selector's keep thresholds, chosen by cross-validation on the training split: one for
 * punctuated transcripts and one for bare ones (a recogniser's), whose utterances are cut
 * differently and so are kept differently.
 */
public record KeepThresholds(double punctuated, double unpunctuated) {

    /** Whether the transcript marks its sentences: a word ending in . ? or ! anywhere. */
    public static boolean isPunctuated(List<Utterance> us) {
        for (Utterance u : us) {
            String t = u.text();
            if (t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) {
                return true;
            }
        }
        return false;
    }

    public double forTranscript(List<Utterance> us) {
        return isPunctuated(us) ? punctuated : unpunctuated;
    }
}
