package se.diktera.summarizer.composer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.model.OnnxClassifier;
import se.diktera.summarizer.text.Utterance;

/**
 * Which utterances carry note content: the selector model's probability that an utterance's
 * words end up in the note. Greetings, small talk, consent, logistics and commands to other
 * software score low.
 *
 * <p>Thread-safe.
 */
public final class ContentSelector {

    public static final String KEEP = "keep";
    public static final String DROP = "drop";

    private final OnnxClassifier model;
    private final ComposerFeatures features;
    private final int keep;

    public ContentSelector(OnnxClassifier model, ComposerFeatures features) {
        this.model = model;
        this.features = features;
        this.keep = model.labels().indexOf(KEEP);
        if (keep < 0) {
            throw new IllegalArgumentException("The selector model " + model.id() + " has no label '" + KEEP + "'");
        }
    }

    /** For each utterance, the probability that it belongs in the note. */
    public double[] probabilities(List<Utterance> us, List<Role> roles) throws EngineException {
        List<Map<String, Double>> rows = new ArrayList<>(us.size());
        for (int i = 0; i < us.size(); i++) {
            rows.add(features.forSelection(us, roles, i));
        }
        List<double[]> p = model.probabilities(rows);
        double[] result = new double[us.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = p.get(i)[keep];
        }
        return result;
    }
}
