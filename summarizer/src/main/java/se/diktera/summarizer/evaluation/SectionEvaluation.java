package se.diktera.summarizer.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Accuracy, and precision, recall and F1 per class with their macro average. */
public record SectionEvaluation(int examples, double accuracy, double macroF1, Map<String, ClassScores> perClass) {

    public record ClassScores(int support, double precision, double recall, double f1) {
    }

    public static SectionEvaluation of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        int correct = 0;
        TreeSet<String> labels = new TreeSet<>(gold);
        labels.addAll(predicted);
        Map<String, ClassScores> perClass = new TreeMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        List<Double> f1s = new ArrayList<>();
        for (String label : labels) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean p = predicted.get(i).equals(label);
                tp += g && p ? 1 : 0;
                fp += !g && p ? 1 : 0;
                fn += g && !p ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.put(label, new ClassScores(tp + fn, precision, recall, f1));
            f1s.add(f1);
        }
        double macro = f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new SectionEvaluation(gold.size(), gold.isEmpty() ? 0 : correct / (double) gold.size(), macro, perClass);
    }

    /** A plain-text table, for the command line and the model card. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("examples %d, accuracy %.3f, macro-F1 %.3f%n", examples, accuracy, macroF1));
        sb.append(String.format("  %-16s %7s %9s %7s %6s%n", "class", "support", "precision", "recall", "F1"));
        perClass.forEach((label, s) -> sb.append(String.format("  %-16s %7d %9.3f %7.3f %6.3f%n",
                label, s.support(), s.precision(), s.recall(), s.f1())));
        return sb.toString();
    }
}
