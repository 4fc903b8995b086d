package se.diktera.summarizer.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.diktera.summarizer.text.Utterance;

/**
 * Walks the utterances in order and decides what becomes a statement: fillers are dropped,
 * questions wait for their answer, and a bare "nej" after "Har du feber?" becomes "Ingen feber."
 */
final class CandidateFinder {

    /** Below this, a word's recognition is marked uncertain for the clinician. */
    static final double LOW_CONFIDENCE = se.diktera.core.transcript.Word.LOW_CONFIDENCE;

    private CandidateFinder() {
    }

    static List<Candidate> find(List<Utterance> utterances, boolean swedish) {
        List<Candidate> result = new ArrayList<>();
        Utterance pendingQuestion = null;
        for (Utterance u : utterances) {
            if (Conversation.isQuestion(u)) {
                pendingQuestion = u;
                continue;
            }
            Optional<Conversation.Topic> topic = pendingQuestion == null ? Optional.empty()
                    : Conversation.topic(pendingQuestion, swedish);
            if (topic.isPresent() && Conversation.isBareNo(u)) {
                result.add(pair(topic.get().negated(swedish), pendingQuestion, u));
            } else if (topic.isPresent() && Conversation.isBareYes(u)) {
                result.add(pair(topic.get().affirmed(), pendingQuestion, u));
            } else if (!Conversation.isFiller(u)) {
                // An answer is read with its question ("Vad gör att du söker?" tells where the answer belongs),
                // but rests on its own words only.
                String context = pendingQuestion == null ? u.text() : pendingQuestion.text() + " " + u.text();
                result.add(new Candidate(sentence(u.text()), context, List.of(u), u.minConfidence() < LOW_CONFIDENCE));
            }
            pendingQuestion = null;
        }
        return result;
    }

    private static Candidate pair(String text, Utterance question, Utterance answer) {
        return new Candidate(text, question.text() + " " + answer.text(), List.of(question, answer),
                Math.min(question.minConfidence(), answer.minConfidence()) < LOW_CONFIDENCE);
    }

    /** Capitalised, ending with a full stop. */
    static String sentence(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.matches(".*[.!?]$") ? s : s + ".";
    }
}
