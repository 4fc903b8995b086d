package se.diktera.summarizer.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;

/**
 * Turns a corpus encounter into the {@link Transcript} the drafter would get: one segment per
 * turn, words paced like speech, the speakers removed (the recogniser names none).
 */
public final class EncounterTranscripts {

    private static final long WORD_MS = 380;
    private static final long GAP_MS = 60;
    private static final long TURN_GAP_MS = 600;

    private EncounterTranscripts() {
    }

    /** As written (punctuated, cased), without speakers. */
    public static Transcript asWritten(Encounter e) {
        return build(e, false);
    }

    /** As a recogniser would give it: lower case, no punctuation, no speakers. */
    public static Transcript recogniserLike(Encounter e) {
        return build(e, true);
    }

    private static Transcript build(Encounter e, boolean recogniser) {
        List<Segment> segments = new ArrayList<>();
        long t = 0;
        for (int n = 0; n < e.turns().size(); n++) {
            Encounter.Turn turn = e.turns().get(n);
            String text = recogniser ? recogniserText(turn.text()) : writtenText(turn.text());
            List<Word> words = new ArrayList<>();
            for (String w : text.split("\\s+")) {
                if (!w.isBlank()) {
                    words.add(new Word(w, t, t + WORD_MS, 1.0));
                    t += WORD_MS + GAP_MS;
                }
            }
            if (!words.isEmpty()) {
                segments.add(new Segment(segmentId(n), words, null));
            }
            t += TURN_GAP_MS;
        }
        return new Transcript(e.language(), "corpus", segments);
    }

    /** The id of the segment made of turn {@code n} (from 0). */
    public static String segmentId(int n) {
        return "t" + n;
    }

    public static int turnIndex(String segmentId) {
        return Integer.parseInt(segmentId.substring(1));
    }

    /** ACI-BENCH writes punctuation as separate tokens ("okay , so"): glue it to the word before. */
    static String writtenText(String text) {
        return text.replaceAll("\\s+([,.?!;:])", "$1").strip();
    }

    static String recogniserText(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\\s-]", " ").replaceAll("(?<!\\p{L})-|-(?!\\p{L})", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
