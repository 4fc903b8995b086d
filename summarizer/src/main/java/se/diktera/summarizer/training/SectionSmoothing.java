package se.diktera.summarizer.training;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tribuo.classification.sgd.linear.LinearSGDModel;

import se.diktera.summarizer.composer.ComposerFeatures;
import se.diktera.summarizer.composer.SectionAssigner;
import se.diktera.summarizer.composer.SectionTransitions;
import se.diktera.summarizer.corpus.LabelledUtterances;
import se.diktera.summarizer.corpus.NoteAlignment;
import se.diktera.summarizer.drafting.NoteTemplate;
import se.diktera.summarizer.drafting.NoteTemplates;

/**
 * Counts how consultations move between sections and chooses how much that sequence weighs
 * against the section model, on the training split alone: three folds by encounter, a section
 * model and transitions from two folds place the third's utterances, and the weight whose
 * placement agrees best with the reference notes wins (0, the model alone, when nothing beats it).
 */
final class SectionSmoothing {

    /** The transitions of the whole training split with the weight chosen, and the cross-validated placement. */
    record Choice(SectionTransitions transitions, double placement, double placementAlone) {
    }

    private static final int FOLDS = 3;
    private static final double[] WEIGHTS = {0, 0.25, 0.5, 0.75, 1, 1.5, 2, 3};
    private final LinearClassifierTrainer trainer;
    private final ComposerFeatures features;
    private final NoteTemplates templates = NoteTemplates.builtIn();

    SectionSmoothing(LinearClassifierTrainer trainer, ComposerFeatures features) {
        this.trainer = trainer;
        this.features = features;
    }

    Choice choose(List<LabelledUtterances> set) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(set.stream().map(l -> l.encounter().id()).toList()));
        Set<String> labels = new TreeSet<>();
        set.forEach(l -> l.turnSections().stream().filter(s -> !s.equals(NoteAlignment.UNUSED)).forEach(labels::add));
        int[] right = new int[WEIGHTS.length];
        int total = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> heldIn = new HashSet<>();
            for (int i = fold; i < ids.size(); i += FOLDS) {
                heldIn.add(ids.get(i));
            }
            List<LabelledUtterances> rest = set.stream().filter(l -> !heldIn.contains(l.encounter().id())).toList();
            LinearSGDModel model = trainer.fit("sections-fold-" + fold, examples(rest));
            SectionTransitions counted = SectionTransitions.countedInSegments(rest.stream().map(SectionSmoothing::sequence)
                    .toList(), labels, 1);
            List<String> order = new ArrayList<>(labels);
            for (LabelledUtterances l : set) {
                if (!heldIn.contains(l.encounter().id())) {
                    continue;
                }
                NoteTemplate template = templates.find(l.encounter().template()).orElseThrow();
                List<Integer> placed = new ArrayList<>();
                List<double[]> p = new ArrayList<>();
                for (int i = 0; i < l.utterances().size(); i++) {
                    if (!l.sections().get(i).equals(NoteAlignment.UNUSED)) {
                        placed.add(i);
                        Map<String, Double> scores = LinearClassifierTrainer.probabilities(model,
                                features.forSection(l.utterances(), l.roles(), i, l.encounter().template()));
                        p.add(order.stream().mapToDouble(s -> scores.getOrDefault(s, 0.0)).toArray());
                    }
                }
                total += placed.size();
                boolean[] sameSegment = SectionAssigner.sameSegment(l.utterances(), placed);
                for (int w = 0; w < WEIGHTS.length; w++) {
                    int[] best = counted.withWeight(WEIGHTS[w]).decode(p, sameSegment, order, template::accepts);
                    for (int t = 0; t < best.length; t++) {
                        String section = template.sectionFor(best[t] < 0 ? "" : order.get(best[t]));
                        right[w] += section.equals(l.sections().get(placed.get(t))) ? 1 : 0;
                    }
                }
            }
        }
        int chosen = 0;
        for (int w = 1; w < WEIGHTS.length; w++) {
            if (right[w] > right[chosen]) {
                chosen = w;
            }
        }
        SectionTransitions all = SectionTransitions.countedInSegments(set.stream().map(SectionSmoothing::sequence).toList(),
                labels, WEIGHTS[chosen]);
        return new Choice(all, total == 0 ? 0 : (double) right[chosen] / total, total == 0 ? 0 : (double) right[0] / total);
    }

    /** The section model's examples: every turn the corpus placed, kept or not (more examples of each heading). */
    List<LinearClassifierTrainer.Example> examples(List<LabelledUtterances> set) {
        List<LinearClassifierTrainer.Example> examples = new ArrayList<>();
        for (LabelledUtterances l : set) {
            for (int i = 0; i < l.utterances().size(); i++) {
                String section = l.turnSections().get(i);
                if (!section.equals(NoteAlignment.UNUSED)) {
                    examples.add(new LinearClassifierTrainer.Example(section,
                            features.forSection(l.utterances(), l.roles(), i, l.encounter().template())));
                }
            }
        }
        return examples;
    }

    /** The sections of an encounter's placed utterances in the order said, each with whether it goes on the turn before. */
    private static List<SectionTransitions.Step> sequence(LabelledUtterances l) {
        List<Integer> placed = new ArrayList<>();
        for (int i = 0; i < l.utterances().size(); i++) {
            if (!l.turnSections().get(i).equals(NoteAlignment.UNUSED)) {
                placed.add(i);
            }
        }
        boolean[] sameSegment = SectionAssigner.sameSegment(l.utterances(), placed);
        List<SectionTransitions.Step> steps = new ArrayList<>(placed.size());
        for (int t = 0; t < placed.size(); t++) {
            steps.add(new SectionTransitions.Step(l.turnSections().get(placed.get(t)), sameSegment[t]));
        }
        return steps;
    }
}
