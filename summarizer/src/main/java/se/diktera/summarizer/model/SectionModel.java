package se.diktera.summarizer.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.features.TextFeaturizer;

/**
 * A section classifier run by ONNX Runtime: text → {@link TextFeaturizer} features → a dense
 * vector in the model's feature order → ONNX → a probability per section label.
 *
 * <p>A model is a folder (or classpath folder) with {@value #ONNX}, {@value #FEATURES} (feature
 * names in input order) and {@value #LABELS} (labels in output order). Diktera builds one per
 * language; a region may supply a stronger one with the same three files.
 *
 * <p>Thread-safe: ONNX Runtime sessions may be run from several threads.
 */
public final class SectionModel implements AutoCloseable {

    public static final String ONNX = "model.onnx";
    public static final String FEATURES = "features.txt";
    public static final String LABELS = "labels.txt";
    private static final int BATCH = 32;
    private static final String RESOURCE_ROOT = "/se/diktera/summarizer/models/";

    private final String id;
    private final OrtSession session;
    private final String inputName;
    private final Map<String, Integer> featureIndex;
    private final List<String> labels;
    private final TextFeaturizer featurizer = new TextFeaturizer();

    private SectionModel(String id, byte[] onnx, List<String> features, List<String> labels) throws EngineException {
        this.id = id;
        this.labels = List.copyOf(labels);
        this.featureIndex = new HashMap<>(features.size() * 2);
        for (int i = 0; i < features.size(); i++) {
            featureIndex.put(features.get(i), i);
        }
        try {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            this.session = env.createSession(onnx, options);
            this.inputName = session.getInputNames().iterator().next();
        } catch (OrtException e) {
            throw new EngineException("The note model " + id + " cannot be loaded by ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /** The model Diktera built for {@code language} ("sv" or "en"), from the classpath. */
    public static SectionModel bundled(String language) throws EngineException {
        String id = "diktera-sections-" + language;
        String root = RESOURCE_ROOT + id + "/";
        return new SectionModel(id, resource(root + ONNX, id), lines(resource(root + FEATURES, id)),
                lines(resource(root + LABELS, id)));
    }

    /** A model from a folder, e.g. one the region supplies. */
    public static SectionModel load(Path dir, String id) throws EngineException {
        try {
            return new SectionModel(id, Files.readAllBytes(dir.resolve(ONNX)),
                    Files.readAllLines(dir.resolve(FEATURES), StandardCharsets.UTF_8),
                    Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new EngineException("The note model in " + dir + " is incomplete: " + Path.of(e.getFile()).getFileName()
                    + " is missing. A note model folder holds " + ONNX + ", " + FEATURES + " and " + LABELS + ".", e);
        } catch (IOException e) {
            throw new EngineException("The note model in " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }

    public String id() {
        return id;
    }

    public List<String> labels() {
        return labels;
    }

    public SectionPrediction classify(String text) throws EngineException {
        return classifyAll(List.of(text)).get(0);
    }

    /** Classifies many texts, {@value #BATCH} to an ONNX call (the input is dense: keep it small). */
    public List<SectionPrediction> classifyAll(List<String> texts) throws EngineException {
        List<SectionPrediction> predictions = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += BATCH) {
            predictions.addAll(classifyBatch(texts.subList(from, Math.min(texts.size(), from + BATCH))));
        }
        return predictions;
    }

    private List<SectionPrediction> classifyBatch(List<String> texts) throws EngineException {
        float[][] input = new float[texts.size()][featureIndex.size()];
        for (int row = 0; row < texts.size(); row++) {
            for (Map.Entry<String, Double> f : featurizer.features(texts.get(row)).entrySet()) {
                Integer column = featureIndex.get(f.getKey());
                if (column != null) {
                    input[row][column] = f.getValue().floatValue();
                }
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input);
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            float[][] scores = (float[][]) result.get(0).getValue();
            List<SectionPrediction> predictions = new ArrayList<>(texts.size());
            for (float[] row : scores) {
                int best = 0;
                for (int i = 1; i < row.length; i++) {
                    if (row[i] > row[best]) {
                        best = i;
                    }
                }
                predictions.add(new SectionPrediction(labels.get(best), row[best]));
            }
            return predictions;
        } catch (OrtException e) {
            throw new EngineException("The note model " + id + " failed to run: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String path, String id) throws EngineException {
        try (InputStream in = SectionModel.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new EngineException("The built-in note model " + id + " is missing from this build (" + path
                        + "). Rebuild Diktera: the summarizer module trains it from shared/data.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new EngineException("The built-in note model " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException("Closing the ONNX session failed", e);
        }
    }
}
