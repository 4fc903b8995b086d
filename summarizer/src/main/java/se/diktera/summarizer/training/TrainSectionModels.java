package se.diktera.summarizer.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import se.diktera.summarizer.data.LabelledText;
import se.diktera.summarizer.data.MtsDialog;
import se.diktera.summarizer.data.OpenChartSe;
import se.diktera.summarizer.data.OwnSwedishSet;
import se.diktera.summarizer.evaluation.SectionEvaluation;
import se.diktera.summarizer.features.TextFeaturizer;
import se.diktera.summarizer.model.SectionModel;

/**
 * Trains Diktera's two section models from the public data with a fixed seed, exports them to
 * ONNX, and writes a model card with the metrics ONNX Runtime measures on held-out data.
 *
 * <p>Run by the build ({@code process-classes}); by hand: {@code ./mvnw -pl summarizer -am
 * process-classes}. Arguments: the data folder ({@code shared/data}) and the output folder.
 */
public final class TrainSectionModels {

    static final long SEED = 20261123L;
    static final int EPOCHS = Integer.getInteger("diktera.train.epochs", 8);
    static final double LEARNING_RATE = Double.parseDouble(System.getProperty("diktera.train.lr", "0.1"));
    static final int MIN_EXAMPLES_PER_FEATURE = 2;

    /** Held here: JUL keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    private final TextFeaturizer featurizer = new TextFeaturizer();

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TrainSectionModels DATA_DIR OUTPUT_DIR");
        }
        Path data = Path.of(args[0]).toAbsolutePath().normalize();
        if (!Files.isDirectory(data.resolve("mts-dialog")) || !Files.isDirectory(data.resolve("openchart-se"))) {
            throw new IOException("The training data is not at " + data + ": it needs mts-dialog/ and openchart-se/"
                    + " (the project's shared/data, beside the repository). Set -Ddiktera.training.data=DIR.");
        }
        TRIBUO_LOG.setLevel(Level.WARNING);
        new TrainSectionModels().trainAll(data, Path.of(args[1]));
    }

    void trainAll(Path data, Path out) throws Exception {
        // Learning rate and epochs were chosen on the validation set (diktera.train.* properties);
        // with them fixed, the final model also learns from it. The two test sets are never seen.
        List<LabelledText> enTrain = new ArrayList<>(MtsDialog.read(data, MtsDialog.TRAINING));
        if (!Boolean.getBoolean("diktera.train.holdOutValidation")) {
            enTrain.addAll(MtsDialog.read(data, MtsDialog.VALIDATION));
        }
        Map<String, List<LabelledText>> enTests = new java.util.LinkedHashMap<>();
        if (Boolean.getBoolean("diktera.train.holdOutValidation")) {
            enTests.put("MTS-Dialog validation", MtsDialog.read(data, MtsDialog.VALIDATION));
        }
        enTests.put("MTS-Dialog TestSet-1", MtsDialog.read(data, MtsDialog.TEST_1));
        enTests.put("MTS-Dialog TestSet-2", MtsDialog.read(data, MtsDialog.TEST_2));
        train("diktera-sections-en", "en", enTrain, enTests, out,
                "MTS-Dialog training and validation sets (Ben Abacha et al., EACL 2023; CC BY 4.0): 1,301 English"
                        + " doctor-patient dialogue snippets labelled with 20 note section headers. Learning rate and epochs"
                        + " were chosen on the validation set before it joined the training data; the test sets were never"
                        + " used for training or tuning.");

        List<LabelledText> charts = OpenChartSe.read(data);
        List<LabelledText> svTrain = new ArrayList<>(charts.stream().filter(t -> !OpenChartSe.isHeldOut(t.group())).toList());
        List<LabelledText> own = OwnSwedishSet.read();
        svTrain.addAll(own);
        Map<String, List<LabelledText>> svTests = Map.of("OpenChart-SE held-out charts (id divisible by 5)",
                charts.stream().filter(t -> OpenChartSe.isHeldOut(t.group())).toList());
        train("diktera-sections-sv", "sv", svTrain, svTests, out,
                "OpenChart-SE (Aitslab; CC BY 4.0): sentences of 41 artificial Swedish emergency charts, labelled by the"
                        + " journal field they stand in; plus " + own.size() + " Swedish consultation utterances written"
                        + " by the Diktera developers (training only, never tested on).");
    }

    private void train(String id, String language, List<LabelledText> training, Map<String, List<LabelledText>> tests,
            Path out, String dataDescription) throws Exception {
        long start = System.nanoTime();
        Set<String> kept = frequentFeatures(training);
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance(id, labels), labels);
        for (LabelledText t : training) {
            Map<String, Double> f = new TreeMap<>(featurizer.features(t.text()));
            f.keySet().retainAll(kept);
            if (!f.isEmpty()) {
                dataset.add(new ArrayExample<>(new Label(t.label()), f.keySet().toArray(new String[0]),
                        f.values().stream().mapToDouble(Double::doubleValue).toArray()));
            }
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 1e-6),
                EPOCHS, Integer.MAX_VALUE, 1, SEED);
        LinearSGDModel model = trainer.train(dataset);

        Path dir = out.resolve(id);
        Files.createDirectories(dir);
        model.saveONNXModel("se.diktera", 1, dir.resolve(SectionModel.ONNX));
        List<String> featureOrder = new ArrayList<>();
        for (int i = 0; i < model.getFeatureIDMap().size(); i++) {
            featureOrder.add(model.getFeatureIDMap().get(i).getName());
        }
        List<String> labelOrder = new ArrayList<>();
        for (int i = 0; i < model.getOutputIDInfo().size(); i++) {
            labelOrder.add(model.getOutputIDInfo().getOutput(i).getLabel());
        }
        Files.write(dir.resolve(SectionModel.FEATURES), featureOrder, StandardCharsets.UTF_8);
        Files.write(dir.resolve(SectionModel.LABELS), labelOrder, StandardCharsets.UTF_8);
        double trainSeconds = (System.nanoTime() - start) / 1e9;

        Map<String, SectionEvaluation> results = new java.util.LinkedHashMap<>();
        int agree = 0;
        int compared = 0;
        try (SectionModel onnx = SectionModel.load(dir, id)) {
            for (Map.Entry<String, List<LabelledText>> test : tests.entrySet()) {
                List<String> texts = test.getValue().stream().map(LabelledText::text).toList();
                List<String> predicted = onnx.classifyAll(texts).stream().map(p -> p.label()).toList();
                results.put(test.getKey(), SectionEvaluation.of(test.getValue().stream().map(LabelledText::label).toList(), predicted));
                for (int i = 0; i < texts.size(); i++) {
                    Map<String, Double> f = new TreeMap<>(featurizer.features(texts.get(i)));
                    f.keySet().retainAll(kept);
                    if (f.isEmpty()) {
                        continue;
                    }
                    ArrayExample<Label> ex = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, f.keySet().toArray(new String[0]),
                            f.values().stream().mapToDouble(Double::doubleValue).toArray());
                    compared++;
                    agree += model.predict(ex).getOutput().getLabel().equals(predicted.get(i)) ? 1 : 0;
                }
            }
        }
        Files.writeString(dir.resolve("MODEL-CARD.md"), ModelCard.render(id, language, dataDescription, training.size(),
                featureOrder.size(), labelOrder, EPOCHS, LEARNING_RATE, SEED, trainSeconds, results, agree, compared),
                StandardCharsets.UTF_8);
        System.out.printf("[train] %s: %d examples, %d features, %d labels, %.1f s; ONNX Runtime agrees with Tribuo on %d/%d%n",
                id, training.size(), featureOrder.size(), labelOrder.size(), trainSeconds, agree, compared);
        results.forEach((name, r) -> System.out.printf("[train]   %s: accuracy %.3f, macro-F1 %.3f%n", name, r.accuracy(), r.macroF1()));
    }

    /** Features seen in at least {@value #MIN_EXAMPLES_PER_FEATURE} training texts: rarer ones only add noise and size. */
    private Set<String> frequentFeatures(List<LabelledText> training) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (LabelledText t : training) {
            for (String f : featurizer.features(t.text()).keySet()) {
                documentFrequency.merge(f, 1, Integer::sum);
            }
        }
        Set<String> kept = new java.util.HashSet<>();
        documentFrequency.forEach((f, n) -> {
            if (n >= MIN_EXAMPLES_PER_FEATURE) {
                kept.add(f);
            }
        });
        return kept;
    }
}
