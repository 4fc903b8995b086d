package se.diktera.summarizer.composer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * How a consultation moves through the note's sections: the clinician asks about the complaint,
 * then history, medication, examines, assesses and plans, and stays on each topic for several
 * turns. Counted on the training split (the probability of each section after another, and at the
 * start, add-one smoothed), and used to read the section model's per-utterance probabilities as a
 * sequence: the most probable path (Viterbi) under {@code log p(section | utterance) + weight ×
 * log p(section | previous section)}. With weight 0 each utterance takes its most probable section,
 * as a lone classifier would; the weight is chosen by cross-validation on the training split.
 *
 * <p>Moves within one segment (a speaker's turn, a stretch of speech between pauses) are counted
 * apart from moves between segments: a turn seldom changes topic halfway, a new turn often does.
 * Transitions counted without segments (or read from a file without them) use one table for both.
 *
 * <p>Immutable and thread-safe.
 */
public final class SectionTransitions {

    /** Written beside the section model. */
    public static final String FILE = "transitions.tsv";
    /** No sequence: each utterance on its own. */
    public static final SectionTransitions NONE = new SectionTransitions(Table.EMPTY, Table.EMPTY, 0);
    private static final String START = "<start>";
    private static final String WITHIN = "within";
    private static final double FLOOR = 1e-6;

    /** One placed utterance of a consultation: its section, and whether it goes on the segment of the one before. */
    public record Step(String section, boolean sameSegment) {
    }

    /** Log probabilities of each section after another, and of any section not listed after one. */
    private record Table(Map<String, Map<String, Double>> logP, Map<String, Double> unseenFrom) {
        static final Table EMPTY = new Table(Map.of(), Map.of());

        boolean isEmpty() {
            return logP.isEmpty();
        }
    }

    private final Table across;
    private final Table within;
    private final double weight;

    private SectionTransitions(Table across, Table within, double weight) {
        this.across = across;
        this.within = within;
        this.weight = weight;
    }

    /**
     * Counts the transitions of {@code sequences} (each an encounter's sections in the order said),
     * add-one smoothed over {@code labels}, every step taken as a new segment.
     */
    public static SectionTransitions counted(Collection<List<String>> sequences, Collection<String> labels, double weight) {
        return countedInSegments(sequences.stream().map(s -> s.stream().map(l -> new Step(l, false)).toList()).toList(),
                labels, weight);
    }

    /**
     * Counts the transitions of {@code sequences}, those within a segment apart from those between
     * segments, each add-one smoothed over {@code labels}.
     */
    public static SectionTransitions countedInSegments(Collection<List<Step>> sequences, Collection<String> labels,
            double weight) {
        List<String> all = new ArrayList<>(new TreeSet<>(labels));
        Map<String, Map<String, Integer>> acrossCounts = new HashMap<>();
        Map<String, Map<String, Integer>> withinCounts = new HashMap<>();
        boolean anyWithin = false;
        for (List<Step> s : sequences) {
            String from = START;
            for (Step step : s) {
                boolean same = step.sameSegment() && !from.equals(START);
                anyWithin |= same;
                (same ? withinCounts : acrossCounts).computeIfAbsent(from, k -> new HashMap<>())
                        .merge(step.section(), 1, Integer::sum);
                from = step.section();
            }
        }
        List<String> froms = new ArrayList<>(all);
        froms.add(START);
        return new SectionTransitions(smoothed(acrossCounts, froms, all), anyWithin ? smoothed(withinCounts, all, all)
                : Table.EMPTY, weight);
    }

    private static Table smoothed(Map<String, Map<String, Integer>> counts, List<String> froms, List<String> all) {
        Map<String, Map<String, Double>> logP = new HashMap<>();
        Map<String, Double> unseen = new HashMap<>();
        for (String from : froms) {
            Map<String, Integer> c = counts.getOrDefault(from, Map.of());
            double total = c.values().stream().mapToInt(Integer::intValue).sum() + all.size();
            Map<String, Double> row = new HashMap<>();
            for (String to : all) {
                row.put(to, Math.log((c.getOrDefault(to, 0) + 1) / total));
            }
            logP.put(from, row);
            unseen.put(from, Math.log(1 / total));
        }
        return new Table(logP, unseen);
    }

    public double weight() {
        return weight;
    }

    public SectionTransitions withWeight(double w) {
        return new SectionTransitions(across, within, w);
    }

    /**
     * The label index for each row of {@code probabilities} (in {@code labels} order), only labels
     * {@code allowed} takes; -1 for a row when none is allowed. Every row is taken as a new segment.
     */
    public int[] decode(List<double[]> probabilities, List<String> labels, Predicate<String> allowed) {
        return decode(probabilities, new boolean[probabilities.size()], labels, allowed);
    }

    /**
     * As {@link #decode(List, List, Predicate)}, where {@code sameSegment[t]} tells whether row
     * {@code t} goes on the segment of row {@code t - 1}.
     */
    public int[] decode(List<double[]> probabilities, boolean[] sameSegment, List<String> labels, Predicate<String> allowed) {
        int n = probabilities.size();
        int k = labels.size();
        int[] best = new int[n];
        boolean[] ok = new boolean[k];
        boolean any = false;
        for (int l = 0; l < k; l++) {
            ok[l] = allowed.test(labels.get(l));
            any |= ok[l];
        }
        if (n == 0) {
            return best;
        }
        if (!any) {
            Arrays.fill(best, -1);
            return best;
        }
        double[][] score = new double[n][k];
        int[][] back = new int[n][k];
        for (int t = 0; t < n; t++) {
            double[] p = probabilities.get(t);
            for (int l = 0; l < k; l++) {
                if (!ok[l]) {
                    score[t][l] = Double.NEGATIVE_INFINITY;
                    continue;
                }
                double emission = Math.log(Math.max(p[l], FLOOR));
                if (t == 0) {
                    score[t][l] = emission + weight * log(START, labels.get(l), false);
                    back[t][l] = -1;
                    continue;
                }
                int from = -1;
                double top = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    if (ok[j]) {
                        double s = score[t - 1][j] + weight * log(labels.get(j), labels.get(l), sameSegment[t]);
                        if (from < 0 || s > top) {
                            top = s;
                            from = j;
                        }
                    }
                }
                score[t][l] = top + emission;
                back[t][l] = from;
            }
        }
        int last = -1;
        for (int l = 0; l < k; l++) {
            if (ok[l] && (last < 0 || score[n - 1][l] > score[n - 1][last])) {
                last = l;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            best[t] = last;
            last = back[t][last];
        }
        return best;
    }

    private double log(String from, String to, boolean sameSegment) {
        if (weight == 0) {
            return 0;
        }
        Table table = sameSegment && !within.isEmpty() ? within : across;
        Map<String, Double> row = table.logP().get(from);
        if (row == null) {
            return Math.log(FLOOR);
        }
        Double p = row.get(to);
        return p != null ? p : table.unseenFrom().get(from);
    }

    /**
     * Writes the weight and the transition probabilities as tab-separated lines: {@code from to p}
     * between segments, {@code within from to p} within one.
     */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Section transitions counted on the training split (add-one smoothed); weight chosen by cross-validation.");
        lines.add("# 'within' rows: the next utterance of the same segment (turn).");
        lines.add("weight\t" + weight);
        lines(across, "", lines);
        lines(within, WITHIN + "\t", lines);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void lines(Table t, String prefix, List<String> lines) {
        new TreeSet<>(t.logP().keySet()).forEach(from -> new TreeSet<>(t.logP().get(from).keySet()).forEach(to ->
                lines.add(String.format(Locale.ROOT, "%s%s\t%s\t%.6f", prefix, from, to, Math.exp(t.logP().get(from).get(to))))));
        new TreeSet<>(t.unseenFrom().keySet()).forEach(from ->
                lines.add(String.format(Locale.ROOT, "%s%s\t*\t%.6f", prefix, from, Math.exp(t.unseenFrom().get(from)))));
    }

    /** Reads what {@link #write} wrote; {@link #NONE} for a missing or unreadable file. */
    public static SectionTransitions read(InputStream stream) {
        if (stream == null) {
            return NONE;
        }
        Map<String, Map<String, Double>> across = new HashMap<>();
        Map<String, Double> unseenAcross = new HashMap<>();
        Map<String, Map<String, Double>> within = new HashMap<>();
        Map<String, Double> unseenWithin = new HashMap<>();
        double weight = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length == 2 && f[0].equals("weight")) {
                    weight = Double.parseDouble(f[1]);
                } else if (f.length == 3) {
                    put(f, 0, across, unseenAcross);
                } else if (f.length == 4 && f[0].equals(WITHIN)) {
                    put(f, 1, within, unseenWithin);
                } else {
                    return NONE;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return NONE;
        }
        return new SectionTransitions(table(across, unseenAcross), table(within, unseenWithin), weight);
    }

    private static void put(String[] f, int at, Map<String, Map<String, Double>> logP, Map<String, Double> unseen) {
        double logp = Math.log(Double.parseDouble(f[at + 2]));
        if (f[at + 1].equals("*")) {
            unseen.put(f[at], logp);
        } else {
            logP.computeIfAbsent(f[at], k -> new HashMap<>()).put(f[at + 1], logp);
        }
    }

    private static Table table(Map<String, Map<String, Double>> logP, Map<String, Double> unseen) {
        logP.keySet().forEach(from -> unseen.putIfAbsent(from, Math.log(FLOOR)));
        return logP.isEmpty() ? Table.EMPTY : new Table(Map.copyOf(logP), Map.copyOf(unseen));
    }

    /** The transitions beside a section model in {@code dir}, or {@link #NONE}. */
    public static SectionTransitions read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return read(Files.newInputStream(file));
        } catch (IOException e) {
            return NONE;
        }
    }
}
