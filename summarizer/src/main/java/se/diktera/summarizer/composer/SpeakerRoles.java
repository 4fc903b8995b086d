package se.diktera.summarizer.composer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.model.OnnxClassifier;
import se.diktera.summarizer.text.Utterance;

/**
 * Who said each utterance. A transcript that names its speakers is believed; otherwise the role
 * model decides from the utterance and its neighbours, and the sentences of one recogniser
 * segment (one stretch of speech between pauses) are given one role together.
 *
 * <p>Thread-safe.
 */
public final class SpeakerRoles {

    private final OnnxClassifier model;
    private final ComposerFeatures features;

    public SpeakerRoles(OnnxClassifier model, ComposerFeatures features) {
        this.model = model;
        this.features = features;
    }

    public List<Role> infer(List<Utterance> us) throws EngineException {
        if (!us.isEmpty() && us.stream().allMatch(u -> u.speaker() != null)) {
            return us.stream().map(u -> Role.fromTag(u.speaker())).toList();
        }
        List<Map<String, Double>> rows = new ArrayList<>(us.size());
        for (int i = 0; i < us.size(); i++) {
            rows.add(features.forRole(us, i));
        }
        List<double[]> p = model.probabilities(rows);
        List<Role> roles = new ArrayList<>(us.size());
        int start = 0;
        while (start < us.size()) {
            int end = start;
            while (end + 1 < us.size() && us.get(end + 1).segmentId().equals(us.get(start).segmentId())) {
                end++;
            }
            double[] sum = new double[model.labels().size()];
            for (int i = start; i <= end; i++) {
                for (int l = 0; l < sum.length; l++) {
                    sum[l] += Math.log(Math.max(1e-9, p.get(i)[l]));
                }
            }
            int best = 0;
            for (int l = 1; l < sum.length; l++) {
                best = sum[l] > sum[best] ? l : best;
            }
            Role role = Role.valueOf(model.labels().get(best));
            for (int i = start; i <= end; i++) {
                roles.add(role);
            }
            start = end + 1;
        }
        return roles;
    }
}
