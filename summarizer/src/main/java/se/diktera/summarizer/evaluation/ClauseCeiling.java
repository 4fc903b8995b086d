package se.diktera.summarizer.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import se.diktera.core.engine.EngineException;
import se.diktera.core.transcript.Transcript;
import se.diktera.summarizer.composer.NoteComposer;
import se.diktera.summarizer.corpus.Encounter;
import se.diktera.summarizer.corpus.NoteAlignment;
import se.diktera.summarizer.drafting.NoteMarkdown;

/**
 * How far choosing what to keep can take ROUGE-1 without rewording: each draft as composed, and
 * the same draft with every clause dropped that shares no content word with its reference note.
 * The second reads the reference, so it is no drafter but an upper bound for any drafter that only
 * leaves out clauses of what it wrote: what it cannot reach needs words the conversation did not
 * have. Run it on training data; it tunes nothing.
 */
public final class ClauseCeiling {

    /** Mean ROUGE-1 F1 of the drafts as composed and with only the clauses that meet their reference. */
    public record Result(String name, int encounters, double drafted, double clausesThatMeetTheReference) {
    }

    /** Sentences end at a full stop, question or exclamation mark; clauses at a comma or before "och", "men", "eller", "så". */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern CLAUSE = Pattern.compile(",\\s+|\\s+(?=(?:och|men|eller|så|and|but|or|so) )");

    private ClauseCeiling() {
    }

    public static Result run(String name, NoteComposer composer, List<Encounter> encounters,
            Function<Encounter, Transcript> form) throws EngineException {
        double drafted = 0;
        double bound = 0;
        for (Encounter e : encounters) {
            String draft = NoteMarkdown.plain(composer.compose(form.apply(e), e.template(), null));
            drafted += Rouge.score(draft, e.referenceNote(), e.language()).rouge1();
            bound += Rouge.score(clausesMeeting(draft, e.referenceNote(), e.language()), e.referenceNote(), e.language())
                    .rouge1();
        }
        int n = encounters.size();
        return new Result(name, n, n == 0 ? 0 : drafted / n, n == 0 ? 0 : bound / n);
    }

    /** The clauses of {@code draft} that share a content word with {@code reference}, and those without content words (headings). */
    static String clausesMeeting(String draft, String reference, String language) {
        boolean swedish = language.startsWith("sv");
        Set<String> referenceWords = NoteAlignment.content(reference, swedish);
        List<String> lines = new ArrayList<>();
        for (String line : draft.split("\n")) {
            StringBuilder kept = new StringBuilder();
            for (String sentence : SENTENCE.split(line)) {
                for (String clause : CLAUSE.split(sentence)) {
                    Set<String> words = NoteAlignment.content(clause, swedish);
                    if (words.isEmpty() || words.stream().anyMatch(referenceWords::contains)) {
                        kept.append(kept.length() == 0 ? "" : " ").append(clause);
                    }
                }
            }
            lines.add(kept.toString());
        }
        return String.join("\n", lines);
    }
}
