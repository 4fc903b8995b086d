package se.diktera.summarizer.drafting;

import java.util.List;

import se.diktera.core.note.TranscriptSpan;
import se.diktera.summarizer.text.Utterance;

/**
 * A statement before it has a section: its text, the text the model classifies (a question and
 * its answer together), the utterances it rests on and their spans.
 */
record Candidate(String text, String classifyText, List<Utterance> sources, boolean lowConfidence) {

    List<TranscriptSpan> evidence() {
        return sources.stream().map(Utterance::span).toList();
    }
}
