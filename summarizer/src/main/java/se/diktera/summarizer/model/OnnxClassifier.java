package se.diktera.summarizer.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
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
import se.diktera.core.problem.Problem;

/**
 * A linear classifier run by ONNX Runtime: named features (as {@code ComposerFeatures} builds
 * them) → a dense vector in the model's feature order → ONNX → a probability per label. The
 * composer's three stages (speaker roles, content selection, sections) are each one.
 *
 * <p>A model is a folder (or classpath folder) with {@value #ONNX}, {@value #FEATURES} (feature
 * names in input order) and {@value #LABELS} (labels in output order). Diktera builds them per
 * language; a region may supply a stronger section model with the same three files.
 *
 * <p>Thread-safe: ONNX Runtime sessions may be run from several threads.
 */
public final class OnnxClassifier implements AutoCloseable {

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
    /** One zeroed input buffer per thread, batch by features, reused: the zeros it needs are most of it. */
    private final ThreadLocal<FloatBuffer> buffer;

    private OnnxClassifier(String id, byte[] onnx, List<String> features, List<String> labels) throws EngineException {
        this.id = id;
        this.labels = List.copyOf(labels);
        int width = features.size();
        this.buffer = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(BATCH * width * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer());
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
            throw new EngineException(Problem.MODEL_DAMAGED, "The note model " + id + " cannot be loaded by ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /** A model the build trained and put on the classpath under {@code models/ID/}. */
    public static OnnxClassifier bundled(String id) throws EngineException {
        String root = RESOURCE_ROOT + id + "/";
        return new OnnxClassifier(id, resource(root + ONNX, id), lines(resource(root + FEATURES, id)),
                lines(resource(root + LABELS, id)));
    }

    /** A model from a folder, e.g. one the region supplies. */
    public static OnnxClassifier load(Path dir, String id) throws EngineException {
        try {
            return new OnnxClassifier(id, Files.readAllBytes(dir.resolve(ONNX)),
                    Files.readAllLines(dir.resolve(FEATURES), StandardCharsets.UTF_8),
                    Files.readAllLines(dir.resolve(LABELS), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new EngineException(Problem.MODEL_DAMAGED, "The note model in " + dir + " is incomplete: " + Path.of(e.getFile()).getFileName()
                    + " is missing. A note model folder holds " + ONNX + ", " + FEATURES + " and " + LABELS + ".", e);
        } catch (IOException e) {
            throw new EngineException(Problem.MODEL_DAMAGED, "The note model in " + dir + " cannot be read: " + e.getMessage(), e);
        }
    }

    public String id() {
        return id;
    }

    public List<String> labels() {
        return labels;
    }

    /**
     * The probability of each label ({@link #labels()} order) for feature vectors a caller built
     * itself, e.g. an utterance with its neighbours; names the model does not know are ignored.
     */
    public List<double[]> probabilities(List<Map<String, Double>> featureRows) throws EngineException {
        List<double[]> result = new ArrayList<>(featureRows.size());
        for (int from = 0; from < featureRows.size(); from += BATCH) {
            for (float[] row : run(featureRows.subList(from, Math.min(featureRows.size(), from + BATCH)))) {
                result.add(softmaxIfNeeded(row));
            }
        }
        return result;
    }

    private float[][] run(List<Map<String, Double>> rows) throws EngineException {
        // The input is dense but mostly zeros: one direct buffer, filled where a feature is set and
        // handed to ONNX Runtime without a copy, rather than a float[rows][features] copied again.
        int width = featureIndex.size();
        FloatBuffer whole = buffer.get();
        FloatBuffer input = whole.duplicate();
        input.limit(rows.size() * width);
        int[] set = new int[rows.stream().mapToInt(Map::size).sum()];
        int n = 0;
        for (int row = 0; row < rows.size(); row++) {
            for (Map.Entry<String, Double> f : rows.get(row).entrySet()) {
                Integer column = featureIndex.get(f.getKey());
                if (column != null) {
                    set[n++] = row * width + column;
                    input.put(row * width + column, f.getValue().floatValue());
                }
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, input.slice(), new long[] {rows.size(), width});
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            return (float[][]) result.get(0).getValue();
        } catch (OrtException e) {
            throw new EngineException(Problem.MODEL_FAILED, "The note model " + id + " failed to run: " + e.getMessage(), e);
        } finally {
            for (int i = 0; i < n; i++) {
                whole.put(set[i], 0f);
            }
        }
    }

    /** Tribuo's exported linear models end in a softmax; a supplied model might not. */
    private static double[] softmaxIfNeeded(float[] row) {
        double sum = 0;
        boolean probabilities = true;
        for (float v : row) {
            sum += v;
            probabilities &= v >= 0 && v <= 1;
        }
        double[] out = new double[row.length];
        if (probabilities && Math.abs(sum - 1) < 1e-3) {
            for (int i = 0; i < row.length; i++) {
                out[i] = row[i];
            }
            return out;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float v : row) {
            max = Math.max(max, v);
        }
        double z = 0;
        for (int i = 0; i < row.length; i++) {
            out[i] = Math.exp(row[i] - max);
            z += out[i];
        }
        for (int i = 0; i < row.length; i++) {
            out[i] /= z;
        }
        return out;
    }

    private static byte[] resource(String path, String id) throws EngineException {
        try (InputStream in = OnnxClassifier.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new EngineException(Problem.NOTE_MODEL_MISSING, "The built-in note model " + id + " is missing from this build (" + path
                        + "). Rebuild Diktera: the summarizer module trains it from data/.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new EngineException(Problem.MODEL_DAMAGED, "The built-in note model " + id + " cannot be read: " + e.getMessage(), e);
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
