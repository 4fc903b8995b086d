package se.diktera.summarizer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.diktera.core.engine.EngineException;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.composer.ComposerModels;
import se.diktera.summarizer.composer.NoteComposer;
import se.diktera.summarizer.corpus.Encounter;
import se.diktera.summarizer.corpus.SwedishConsultations;
import se.diktera.summarizer.drafting.NoteTemplates;

/**
 * Measures the composer: model load time and the time to compose a consultation of a given
 * length (the turns of a Swedish training consultation repeated, as a recogniser gives them:
 * no speakers, paced at 2.2 words a second like speech).
 */
public final class DrafterBenchmark {

    /** Times in seconds. */
    public record Figures(int words, int segments, double modelLoad, double draftMedian, double draftMax, int statements) {
    }

    private static final String CONSULTATION = "/se/diktera/summarizer/bench/sv001.txt";

    private DrafterBenchmark() {
    }

    public static Figures run(int words, int repetitions) throws EngineException, IOException {
        return run(words, Integer.MAX_VALUE, repetitions);
    }

    /** @param segmentWords at most this many words a segment (a recogniser that cuts often gives many short ones) */
    public static Figures run(int words, int segmentWords, int repetitions) throws EngineException, IOException {
        Transcript transcript = consultation(words, segmentWords);
        long t0 = System.nanoTime();
        try (ComposerModels sv = ComposerModels.bundled("sv"); ComposerModels en = ComposerModels.bundled("en")) {
            double load = (System.nanoTime() - t0) / 1e9;
            NoteComposer composer = new NoteComposer(Map.of("sv", sv, "en", en), NoteTemplates.builtIn());
            for (int i = 0; i < 3; i++) {
                composer.draft(transcript, "sv-journal");
            }
            double[] times = new double[repetitions];
            int statements = 0;
            for (int i = 0; i < repetitions; i++) {
                long s = System.nanoTime();
                statements = composer.draft(transcript, "sv-journal").sections().stream().mapToInt(x -> x.statements().size()).sum();
                times[i] = (System.nanoTime() - s) / 1e9;
            }
            Arrays.sort(times);
            return new Figures(transcript.wordCount(), transcript.segments().size(), load, times[times.length / 2],
                    times[times.length - 1], statements);
        }
    }

    /** A made-up Swedish consultation of about {@code words} words, a segment per turn or per {@code segmentWords} words. */
    static Transcript consultation(int words, int segmentWords) throws IOException {
        Encounter e;
        try (InputStream in = DrafterBenchmark.class.getResourceAsStream(CONSULTATION)) {
            e = SwedishConsultations.parse("sv001.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        List<Segment> segments = new ArrayList<>();
        long t = 0;
        int count = 0;
        for (int i = 0; count < words; i++) {
            List<Word> ws = new ArrayList<>();
            for (String w : e.turns().get(i % e.turns().size()).text().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s]", " ").split("\\s+")) {
                if (!w.isBlank() && count < words) {
                    ws.add(new Word(w, t, t + 400, 0.9));
                    t += 455;
                    count++;
                }
                if (ws.size() == segmentWords) {
                    segments.add(new Segment("s" + (segments.size() + 1), ws, null));
                    ws = new ArrayList<>();
                }
            }
            if (!ws.isEmpty()) {
                segments.add(new Segment("s" + (segments.size() + 1), ws, null));
            }
            t += 700;
        }
        return new Transcript("sv", "bench", segments);
    }
}
