package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import se.diktera.core.note.Fact;

/**
 * A plan said back: "Vi ses igen om fyra veckor." – "Om fyra veckor, okej." The second mention of
 * the same time ahead, a few utterances after a follow-up that named it, is the same follow-up.
 */
final class EchoedPlans {

    /** How many utterances after a plan its time said again is an echo. */
    private static final int REACH = 3;

    private EchoedPlans() {
    }

    /** {@code said} (in the order said) without the follow-ups that repeat the time of one just before. */
    static List<FactExtractor.Said> drop(List<FactExtractor.Said> said) {
        List<FactExtractor.Said> kept = new ArrayList<>();
        for (FactExtractor.Said s : said) {
            Optional<String> when = when(s.fact());
            boolean echo = when.isPresent() && kept.stream().anyMatch(k -> k.utterance() < s.utterance()
                    && s.utterance() - k.utterance() <= REACH && when(k.fact()).equals(when));
            if (!echo) {
                kept.add(s);
            }
        }
        return kept;
    }

    private static Optional<String> when(Fact f) {
        if (f.kind() != Fact.Kind.FOLLOW_UP) {
            return Optional.empty();
        }
        Matcher m = PlannedFollowUps.AHEAD.matcher(f.text());
        return m.find() ? Optional.of(Phrases.lower(m.group()).replace("imorgon", "i morgon")) : Optional.empty();
    }
}
