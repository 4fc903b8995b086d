package se.diktera.summarizer.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import se.diktera.summarizer.model.OnnxClassifier;

/**
 * Trains a linear classifier (Tribuo, logistic loss, AdaGrad, fixed seed) on feature vectors a
 * caller built, drops features seen in fewer than two examples, and writes it as a Diktera model
 * folder: ONNX, feature order, label order.
 */
final class LinearClassifierTrainer {

    /** @param features feature name to value, as {@code ComposerFeatures} builds them */
    record Example(String label, Map<String, Double> features) {
    }

    private final long seed;
    private final int epochs;
    private final double learningRate;

    LinearClassifierTrainer(long seed, int epochs, double learningRate) {
        this.seed = seed;
        this.epochs = epochs;
        this.learningRate = learningRate;
    }

    /** Trains on {@code examples} and writes the model to {@code dir}; returns the number of features kept. */
    int train(String id, List<Example> examples, Path dir) throws Exception {
        LinearSGDModel model = fit(id, examples);
        return write(model, dir);
    }

    /** The probability of {@code label} under a model trained in memory (for cross-validation, never shipped). */
    static double probability(LinearSGDModel model, Map<String, Double> features, String label) {
        Map<String, Double> f = new TreeMap<>(features);
        ArrayExample<Label> ex = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, f.keySet().toArray(new String[0]),
                f.values().stream().mapToDouble(Double::doubleValue).toArray());
        Label scored = model.predict(ex).getOutputScores().get(label);
        return scored == null ? 0 : scored.getScore();
    }

    /** Every label's probability under a model trained in memory (for cross-validation, never shipped). */
    static Map<String, Double> probabilities(LinearSGDModel model, Map<String, Double> features) {
        Map<String, Double> f = new TreeMap<>(features);
        ArrayExample<Label> ex = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, f.keySet().toArray(new String[0]),
                f.values().stream().mapToDouble(Double::doubleValue).toArray());
        Map<String, Double> result = new HashMap<>();
        model.predict(ex).getOutputScores().forEach((name, label) -> result.put(name, label.getScore()));
        return result;
    }

    LinearSGDModel fit(String id, List<Example> examples) {
        Map<String, Integer> df = new HashMap<>();
        for (Example e : examples) {
            e.features().keySet().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance(id, labels), labels);
        for (Example e : examples) {
            Map<String, Double> f = new TreeMap<>(e.features());
            f.keySet().removeIf(k -> df.get(k) < 2);
            if (!f.isEmpty()) {
                dataset.add(new ArrayExample<>(new Label(e.label()), f.keySet().toArray(new String[0]),
                        f.values().stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 1e-6),
                epochs, Integer.MAX_VALUE, 1, seed);
        return trainer.train(dataset);
    }

    private int write(LinearSGDModel model, Path dir) throws Exception {
        Files.createDirectories(dir);
        model.saveONNXModel("se.diktera", 1, dir.resolve(OnnxClassifier.ONNX));
        List<String> featureOrder = new ArrayList<>();
        for (int i = 0; i < model.getFeatureIDMap().size(); i++) {
            featureOrder.add(model.getFeatureIDMap().get(i).getName());
        }
        List<String> labelOrder = new ArrayList<>();
        for (int i = 0; i < model.getOutputIDInfo().size(); i++) {
            labelOrder.add(model.getOutputIDInfo().getOutput(i).getLabel());
        }
        Files.write(dir.resolve(OnnxClassifier.FEATURES), featureOrder, StandardCharsets.UTF_8);
        Files.write(dir.resolve(OnnxClassifier.LABELS), labelOrder, StandardCharsets.UTF_8);
        return featureOrder.size();
    }
}
