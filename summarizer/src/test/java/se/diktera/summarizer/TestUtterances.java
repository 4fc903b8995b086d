package se.diktera.summarizer;

import java.util.ArrayList;
import java.util.List;

import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.text.Utterance;

/** Builds transcripts and utterances from plain text, each word 500 ms long. */
public final class TestUtterances {

    private TestUtterances() {
    }

    public static List<Word> words(String text, long startMs, double confidence) {
        List<Word> words = new ArrayList<>();
        long t = startMs;
        for (String w : text.strip().split("\\s+")) {
            words.add(new Word(w, t, t + 450, confidence));
            t += 500;
        }
        return words;
    }

    public static Utterance utterance(String text, String language) {
        return new Utterance("s1", words(text, 0, 0.95), language);
    }

    /** One segment per line. */
    public static Transcript transcript(String language, String... lines) {
        List<Segment> segments = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < lines.length; i++) {
            List<Word> words = words(lines[i], t, 0.95);
            segments.add(new Segment("s" + (i + 1), words, null));
            t = words.get(words.size() - 1).endMs() + 1000;
        }
        return new Transcript(language, "test-model", segments);
    }
}
