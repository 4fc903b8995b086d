package se.diktera.summarizer.text;

import java.util.ArrayList;
import java.util.List;

import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;

/**
 * Splits a transcript into utterances: each recogniser segment, cut again after a word that ends
 * a sentence (typed or punctuated transcripts). Speaker turns are segments already.
 */
public final class UtteranceSplitter {

    private UtteranceSplitter() {
    }

    public static List<Utterance> split(Transcript transcript) {
        List<Utterance> result = new ArrayList<>();
        for (Segment segment : transcript.segments()) {
            List<Word> current = new ArrayList<>();
            for (Word w : segment.words()) {
                current.add(w);
                if (w.text().endsWith(".") || w.text().endsWith("?") || w.text().endsWith("!")) {
                    result.add(new Utterance(segment.id(), segment.speaker(), current, transcript.language()));
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                result.add(new Utterance(segment.id(), segment.speaker(), current, transcript.language()));
            }
        }
        return result;
    }
}
