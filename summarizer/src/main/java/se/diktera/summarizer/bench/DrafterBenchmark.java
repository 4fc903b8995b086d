package se.diktera.summarizer.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import se.diktera.core.engine.EngineException;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.data.LabelledText;
import se.diktera.summarizer.data.OwnSwedishSet;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.drafting.OnnxNoteDrafter;
import se.diktera.summarizer.model.SectionModel;

/**
 * Measures the drafter: model load time and the time to draft a consultation of a given length
 * (made of Swedish consultation utterances, paced at 2.2 words a second like speech).
 */
public final class DrafterBenchmark {

    /** Times in seconds. */
    public record Figures(int words, int segments, double modelLoad, double draftMedian, double draftMax, int statements) {
    }

    private DrafterBenchmark() {
    }

    public static Figures run(int words, int repetitions) throws EngineException, IOException {
        Transcript transcript = consultation(words);
        long t0 = System.nanoTime();
        try (SectionModel sv = SectionModel.bundled("sv"); SectionModel en = SectionModel.bundled("en")) {
            double load = (System.nanoTime() - t0) / 1e9;
            OnnxNoteDrafter drafter = new OnnxNoteDrafter(Map.of("sv", sv, "en", en), NoteTemplates.builtIn());
            for (int i = 0; i < 3; i++) {
                drafter.draft(transcript, "sv-journal");
            }
            double[] times = new double[repetitions];
            int statements = 0;
            for (int i = 0; i < repetitions; i++) {
                long s = System.nanoTime();
                statements = drafter.draft(transcript, "sv-journal").sections().stream().mapToInt(x -> x.statements().size()).sum();
                times[i] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(times);
            return new Figures(transcript.wordCount(), transcript.segments().size(), load, times[times.length / 2],
                    times[times.length - 1], statements);
        }
    }

    /** A made-up Swedish consultation of about {@code words} words, one segment per utterance. */
    static Transcript consultation(int words) throws IOException {
        List<LabelledText> lines = OwnSwedishSet.read();
        List<Segment> segments = new ArrayList<>();
        long t = 0;
        int count = 0;
        for (int i = 0; count < words; i++) {
            List<Word> ws = new ArrayList<>();
            for (String w : lines.get(i % lines.size()).text().split("\\s+")) {
                ws.add(new Word(w, t, t + 400, 0.9));
                t += 455;
                count++;
            }
            segments.add(new Segment("s" + (i + 1), ws, null));
            t += 700;
        }
        return new Transcript("sv", "bench", segments);
    }
}
