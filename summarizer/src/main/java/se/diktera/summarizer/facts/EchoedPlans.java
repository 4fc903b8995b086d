package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;

/**
 * A plan said back: "Vi ses igen om fyra veckor." – "Om fyra veckor, okej." The second mention of
 * the same time ahead, a few utterances after a follow-up that named it, is the same follow-up; so
 * is a bare time or a goodbye with it ("Vi ses om 2 veckor.", "Vi hörs i morgon.") anywhere after it.
 */
final class EchoedPlans {

    /** How many utterances after a plan its time said again is an echo. */
    private static final int REACH = 3;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A plan that says nothing but its time: "Om 4 veckor", "Ses om 2 veckor", "Hörs i morgon", "Okej, om 1 år". */
    private static final Pattern BARE = Pattern.compile("^(?:(?:okej|ja|bra|då)[,\\s]+)*(?:(?:ses|hörs)(?: igen)?\\s+)?(?<when>.+?)[.!,\\s]*$",
            FLAGS);
    /** A plan ending in a goodbye with its time: "det var modigt gjort vi ses om 2 veckor", "då ses vi i morgon Holger". */
    private static final Pattern GOODBYE = Pattern.compile("(?:^|\\s)(?:ses|hörs)(?: vi)?(?: igen)?\\s+(?<when>.+)$",
            FLAGS);

    private static final Pattern NAME_AFTER = Pattern.compile("[,\\s]*(?:\\p{L}+)?[.!,\\s]*", FLAGS);

    private EchoedPlans() {
    }

    /** {@code said} (in the order said) without the follow-ups that repeat the time of one just before. */
    static List<FactExtractor.Said> drop(List<FactExtractor.Said> said) {
        List<FactExtractor.Said> kept = new ArrayList<>();
        for (FactExtractor.Said s : said) {
            Optional<String> when = when(s.fact());
            boolean echo = when.isPresent() && kept.stream().anyMatch(k -> k.utterance() < s.utterance()
                    && (s.utterance() - k.utterance() <= REACH || bare(s.fact())) && when(k.fact()).equals(when));
            if (!echo) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** Whether the plan is its time alone, or ends in a goodbye with it. */
    private static boolean bare(Fact f) {
        return timeAlone(BARE.matcher(f.text())) || timeAlone(GOODBYE.matcher(f.text()));
    }

    /** Whether the words matched as "when" are a time ahead, a name or a stop at most after it. */
    private static boolean timeAlone(Matcher m) {
        if (!m.find()) {
            return false;
        }
        Matcher time = PlannedFollowUps.AHEAD.matcher(m.group("when"));
        return time.lookingAt() && NAME_AFTER.matcher(m.group("when").substring(time.end())).matches();
    }

    private static Optional<String> when(Fact f) {
        if (f.kind() != Fact.Kind.FOLLOW_UP) {
            return Optional.empty();
        }
        Matcher m = PlannedFollowUps.AHEAD.matcher(f.text());
        return m.find() ? Optional.of(Phrases.lower(m.group()).replace("imorgon", "i morgon")) : Optional.empty();
    }
}
