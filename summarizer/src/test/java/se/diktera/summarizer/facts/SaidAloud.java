package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.TestUtterances;
import se.diktera.summarizer.text.Utterance;

/** Swedish lines as the facts tests say them, and the facts read from them. */
final class SaidAloud {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private SaidAloud() {
    }

    /** The lines as the splitter leaves them: one speaker's segment cut into utterances, 500 ms a word. */
    static List<Utterance> said(String... lines) {
        List<Utterance> us = new ArrayList<>();
        long t = 0;
        for (String line : lines) {
            us.add(new Utterance("s1", TestUtterances.words(line, t, 0.95), "sv"));
            t += 500L * line.split("\\s+").length;
        }
        return us;
    }

    /** The distinct texts of the facts of {@code kind} that the fact extractor (thread-safe, one for all) reads from {@code us}. */
    static List<String> texts(List<Utterance> us, Fact.Kind kind) {
        return texts(EXTRACTOR, us, kind);
    }

    /** The distinct texts of the facts of {@code kind} that {@code extractor} reads from {@code us}. */
    static List<String> texts(FactExtractor extractor, List<Utterance> us, Fact.Kind kind) {
        return extractor.extractAll(us, "sv").stream().map(FactExtractor.Said::fact).filter(f -> f.kind() == kind)
                .map(Fact::text).distinct().toList();
    }
}
