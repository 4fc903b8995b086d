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
 * <p>Immutable and thread-safe.
 */
public final class SectionTransitions {

    /** Written beside the section model. */
    public static final String FILE = "transitions.tsv";
    /** No sequence: each utterance on its own. */
    public static final SectionTransitions NONE = new SectionTransitions(Map.of(), Map.of(), 0);
    private static final String START = "<start>";
    private static final double FLOOR = 1e-6;

    private final Map<String, Map<String, Double>> logP;
    private final Map<String, Double> unseenFrom;
    private final double weight;

    private SectionTransitions(Map<String, Map<String, Double>> logP, Map<String, Double> unseenFrom, double weight) {
        this.logP = logP;
        this.unseenFrom = unseenFrom;
        this.weight = weight;
    }

    /**
     * Counts the transitions of {@code sequences} (each an encounter's sections in the order said),
     * add-one smoothed over {@code labels}.
     */
    public static SectionTransitions counted(Collection<List<String>> sequences, Collection<String> labels, double weight) {
        List<String> all = new ArrayList<>(new TreeSet<>(labels));
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (List<String> s : sequences) {
            String from = START;
            for (String to : s) {
                counts.computeIfAbsent(from, k -> new HashMap<>()).merge(to, 1, Integer::sum);
                from = to;
            }
        }
        Map<String, Map<String, Double>> logP = new HashMap<>();
        Map<String, Double> unseen = new HashMap<>();
        List<String> froms = new ArrayList<>(all);
        froms.add(START);
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
        return new SectionTransitions(logP, unseen, weight);
    }

    public double weight() {
        return weight;
    }

    public SectionTransitions withWeight(double w) {
        return new SectionTransitions(logP, unseenFrom, w);
    }

    /**
     * The label index for each row of {@code probabilities} (in {@code labels} order), only labels
     * {@code allowed} takes; -1 for a row when none is allowed.
     */
    public int[] decode(List<double[]> probabilities, List<String> labels, Predicate<String> allowed) {
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
                    score[t][l] = emission + weight * log(START, labels.get(l));
                    back[t][l] = -1;
                    continue;
                }
                int from = -1;
                double top = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    if (ok[j]) {
                        double s = score[t - 1][j] + weight * log(labels.get(j), labels.get(l));
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

    private double log(String from, String to) {
        if (weight == 0) {
            return 0;
        }
        Map<String, Double> row = logP.get(from);
        if (row == null) {
            return Math.log(FLOOR);
        }
        Double p = row.get(to);
        return p != null ? p : unseenFrom.get(from);
    }

    /** Writes the weight and the transition probabilities as tab-separated lines. */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Section transitions counted on the training split (add-one smoothed); weight chosen by cross-validation.");
        lines.add("weight\t" + weight);
        new TreeSet<>(logP.keySet()).forEach(from -> new TreeSet<>(logP.get(from).keySet()).forEach(to ->
                lines.add(String.format(Locale.ROOT, "%s\t%s\t%.6f", from, to, Math.exp(logP.get(from).get(to))))));
        new TreeSet<>(unseenFrom.keySet()).forEach(from ->
                lines.add(String.format(Locale.ROOT, "%s\t*\t%.6f", from, Math.exp(unseenFrom.get(from)))));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Reads what {@link #write} wrote; {@link #NONE} for a missing or unreadable file. */
    public static SectionTransitions read(InputStream stream) {
        if (stream == null) {
            return NONE;
        }
        Map<String, Map<String, Double>> logP = new HashMap<>();
        Map<String, Double> unseen = new HashMap<>();
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
                } else if (f.length == 3 && f[1].equals("*")) {
                    unseen.put(f[0], Math.log(Double.parseDouble(f[2])));
                } else if (f.length == 3) {
                    logP.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Math.log(Double.parseDouble(f[2])));
                } else {
                    return NONE;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return NONE;
        }
        logP.keySet().forEach(from -> unseen.putIfAbsent(from, Math.log(FLOOR)));
        return new SectionTransitions(Map.copyOf(logP), Map.copyOf(unseen), weight);
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
