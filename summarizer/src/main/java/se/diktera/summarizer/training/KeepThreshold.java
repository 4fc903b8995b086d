package se.diktera.summarizer.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tribuo.classification.sgd.linear.LinearSGDModel;

import se.diktera.summarizer.composer.ClinicalWording;
import se.diktera.summarizer.composer.ComposerFeatures;
import se.diktera.summarizer.composer.ContentSelector;
import se.diktera.summarizer.composer.KeepThresholds;
import se.diktera.summarizer.composer.Pronouns;
import se.diktera.summarizer.composer.Role;
import se.diktera.summarizer.corpus.LabelledUtterances;
import se.diktera.summarizer.corpus.NoteAlignment;
import se.diktera.summarizer.evaluation.Rouge;

/**
 * Chooses the selector's threshold on the training split alone: three folds by encounter, a
 * selector trained on two scores the third, and the threshold whose kept utterances (worded as
 * the composer words them) come closest to the reference notes, by ROUGE-1, wins.
 */
final class KeepThreshold {

    record Choice(double threshold, double rouge1) {
    }

    private static final int FOLDS = 3;
    private final LinearClassifierTrainer trainer;
    private final ComposerFeatures features;
    private final ClinicalWording wording;

    KeepThreshold(LinearClassifierTrainer trainer, ComposerFeatures features, String language) {
        this.trainer = trainer;
        this.features = features;
        this.wording = ClinicalWording.forLanguage(language);
    }

    /** The threshold for punctuated transcripts (typed, or a recogniser that punctuates) and for bare ones. */
    record Choices(Choice punctuated, Choice unpunctuated) {
    }

    Choices choose(List<LabelledUtterances> set) {
        Map<LabelledUtterances, double[]> scored = crossValidated(set);
        Map<LabelledUtterances, double[]> punctuated = new HashMap<>();
        Map<LabelledUtterances, double[]> bare = new HashMap<>();
        scored.forEach((l, p) -> (KeepThresholds.isPunctuated(l.utterances()) ? punctuated : bare).put(l, p));
        return new Choices(best(punctuated.isEmpty() ? scored : punctuated), best(bare.isEmpty() ? scored : bare));
    }

    private Map<LabelledUtterances, double[]> crossValidated(List<LabelledUtterances> set) {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(set.stream().map(l -> l.encounter().id()).toList()));
        Map<LabelledUtterances, double[]> scored = new HashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> heldIn = new HashSet<>();
            for (int i = fold; i < ids.size(); i += FOLDS) {
                heldIn.add(ids.get(i));
            }
            List<LinearClassifierTrainer.Example> train = new ArrayList<>();
            for (LabelledUtterances l : set) {
                if (!heldIn.contains(l.encounter().id())) {
                    for (int i = 0; i < l.utterances().size(); i++) {
                        boolean used = !l.sections().get(i).equals(NoteAlignment.UNUSED);
                        train.add(new LinearClassifierTrainer.Example(used ? ContentSelector.KEEP : ContentSelector.DROP,
                                features.forSelection(l.utterances(), l.roles(), i)));
                    }
                }
            }
            LinearSGDModel model = trainer.fit("fold-" + fold, train);
            for (LabelledUtterances l : set) {
                if (heldIn.contains(l.encounter().id())) {
                    double[] p = new double[l.utterances().size()];
                    for (int i = 0; i < p.length; i++) {
                        p[i] = LinearClassifierTrainer.probability(model, features.forSelection(l.utterances(), l.roles(), i),
                                ContentSelector.KEEP);
                    }
                    scored.put(l, p);
                }
            }
        }
        return scored;
    }

    private Choice best(Map<LabelledUtterances, double[]> scored) {
        Choice best = new Choice(0.5, -1);
        for (int step = 1; step <= 19; step++) {
            double t = step * 0.05;
            double sum = 0;
            for (Map.Entry<LabelledUtterances, double[]> e : scored.entrySet()) {
                sum += Rouge.score(keptText(e.getKey(), e.getValue(), t), e.getKey().encounter().referenceNote(),
                        e.getKey().encounter().language()).rouge1();
            }
            double mean = sum / scored.size();
            if (mean > best.rouge1()) {
                best = new Choice(Math.round(t * 100) / 100.0, mean);
            }
        }
        return best;
    }

    private String keptText(LabelledUtterances l, double[] p, double t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            String text = l.utterances().get(i).text();
            boolean question = l.roles().get(i) == Role.CLINICIAN && text.strip().endsWith("?");
            if (p[i] >= t && !question) {
                sb.append(wording.rephrase(wording.clean(text), l.roles().get(i), Pronouns.PATIENT)).append(' ');
            }
        }
        return sb.toString();
    }
}
