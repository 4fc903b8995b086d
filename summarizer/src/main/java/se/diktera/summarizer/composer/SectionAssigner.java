package se.diktera.summarizer.composer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.drafting.NoteTemplate;
import se.diktera.summarizer.model.OnnxClassifier;
import se.diktera.summarizer.text.Utterance;

/**
 * Where in the note each kept utterance goes, read in context (the question it answers, who
 * speaks, where in the encounter it falls, the template), choosing among the labels the template
 * has a section for, and read as a sequence: a consultation stays on a topic for several turns
 * ({@link SectionTransitions}), more so within one speaker's turn.
 *
 * <p>Thread-safe.
 */
public final class SectionAssigner {

    private final OnnxClassifier model;
    private final SectionTransitions transitions;
    private final ComposerFeatures features;

    public SectionAssigner(OnnxClassifier model, SectionTransitions transitions, ComposerFeatures features) {
        this.model = model;
        this.transitions = transitions;
        this.features = features;
    }

    /** The template section key for each of {@code indices}. */
    public List<String> assign(List<Utterance> us, List<Role> roles, List<Integer> indices, NoteTemplate template)
            throws EngineException {
        List<Map<String, Double>> rows = new ArrayList<>(indices.size());
        for (int i : indices) {
            rows.add(features.forSection(us, roles, i, template.id()));
        }
        List<String> labels = model.labels();
        List<String> result = new ArrayList<>(indices.size());
        for (int best : transitions.decode(model.probabilities(rows), sameSegment(us, indices), labels, template::accepts)) {
            result.add(template.sectionFor(best < 0 ? "" : labels.get(best)));
        }
        return result;
    }

    /** For each of {@code indices}, whether it goes on the segment of the one placed before it. */
    public static boolean[] sameSegment(List<Utterance> us, List<Integer> indices) {
        boolean[] same = new boolean[indices.size()];
        for (int t = 1; t < same.length; t++) {
            same[t] = us.get(indices.get(t)).segmentId().equals(us.get(indices.get(t - 1)).segmentId());
        }
        return same;
    }
}
