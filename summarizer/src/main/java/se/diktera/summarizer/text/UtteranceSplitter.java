package se.diktera.summarizer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;

/**
 * Splits a transcript into utterances: each recogniser segment, cut again after a word that ends
 * a sentence (typed or punctuated transcripts). A long unpunctuated stretch (a recogniser's turn
 * of a minute) is cut before a word that starts a new thought ("okay", "so", "och", "men") once
 * it has {@value #MIN_WORDS} words, and at {@value #MAX_WORDS} words at the latest, so that what
 * is kept and where it goes is decided a thought at a time. Speaker turns are segments already.
 */
public final class UtteranceSplitter {

    static final int MIN_WORDS = 12;
    static final int MAX_WORDS = 40;
    private static final Set<String> STARTS = Set.of("okay", "ok", "alright", "so", "and", "but", "now", "then", "well",
            "um", "uh", "because", "also", "och", "men", "så", "okej", "då", "nu", "sen", "eh", "alltså", "fast", "eftersom");

    private UtteranceSplitter() {
    }

    public static List<Utterance> split(Transcript transcript) {
        List<Utterance> result = new ArrayList<>();
        for (Segment segment : transcript.segments()) {
            List<Word> current = new ArrayList<>();
            for (Word w : segment.words()) {
                String t = w.text();
                if (current.size() >= MAX_WORDS || current.size() >= MIN_WORDS
                        && STARTS.contains(t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
                    result.add(new Utterance(segment.id(), segment.speaker(), current, transcript.language()));
                    current = new ArrayList<>();
                }
                current.add(w);
                if (t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) {
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
