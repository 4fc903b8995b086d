package se.diktera.summarizer.training;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import se.diktera.summarizer.composer.ComposerFeatures;
import se.diktera.summarizer.composer.ComposerModels;
import se.diktera.summarizer.composer.ContentSelector;
import se.diktera.summarizer.composer.NoteComposer;
import se.diktera.summarizer.composer.SectionTransitions;
import se.diktera.summarizer.corpus.AciBench;
import se.diktera.summarizer.corpus.Encounter;
import se.diktera.summarizer.corpus.EncounterTranscripts;
import se.diktera.summarizer.corpus.LabelledUtterances;
import se.diktera.summarizer.corpus.MtsDialog;
import se.diktera.summarizer.corpus.NoteAlignment;
import se.diktera.summarizer.corpus.SwedishConsultations;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.evaluation.NoteEvaluation;
import se.diktera.summarizer.model.OnnxClassifier;

/**
 * Trains the composer's three models per language from the training splits only: English from
 * ACI-BENCH train (its dialogues as written and as a recogniser would give them, and its real
 * recogniser output), Swedish from the training split of the team's consultations. ACI-BENCH
 * validation and the Swedish held-out consultations are never trained or tuned on: they are read
 * only once the models are written, to put their figures in the model cards.
 *
 * <p>Run by the build at {@code process-classes}; arguments: the data folder and the output folder.
 */
public final class TrainComposerModels {

    static final long SEED = 20261201L;
    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo");

    private final ComposerFeatures features = new ComposerFeatures();
    private final LinearClassifierTrainer trainer = new LinearClassifierTrainer(SEED, 6, 0.1);

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        TRIBUO_LOG.setLevel(Level.WARNING);
        TrainComposerModels t = new TrainComposerModels();
        List<LabelledUtterances> en = new ArrayList<>();
        for (Encounter e : AciBench.read(data, AciBench.TRAIN)) {
            en.add(LabelledUtterances.of(e, EncounterTranscripts.asWritten(e)));
            en.add(LabelledUtterances.of(e, EncounterTranscripts.recogniserLike(e)));
        }
        for (String asr : List.of("asr/train_aci_asrcorr.csv", "asr/train_virtscribe_asr.csv")) {
            for (Encounter e : AciBench.read(data, asr)) {
                en.add(LabelledUtterances.of(e, EncounterTranscripts.asWritten(e)));
            }
        }
        List<LabelledUtterances> rolesOnly = new ArrayList<>();
        for (Encounter e : MtsDialog.read(data, MtsDialog.TRAINING)) {
            rolesOnly.add(LabelledUtterances.of(e, EncounterTranscripts.asWritten(e)));
        }
        t.trainLanguage("en", en, rolesOnly, out, "ACI-BENCH train (67 encounters, as written, as a recogniser would give them, and"
                + " 45 of them in real recogniser output; Yim et al. 2023, CC BY 4.0); for speaker roles also the MTS-Dialog"
                + " training set (1,201 snippets; Ben Abacha et al. 2023, CC BY 4.0)");
        List<LabelledUtterances> sv = new ArrayList<>();
        List<Encounter> svTrain = SwedishConsultations.training(data);
        for (Encounter e : svTrain) {
            sv.add(LabelledUtterances.of(e, EncounterTranscripts.asWritten(e)));
            sv.add(LabelledUtterances.of(e, EncounterTranscripts.recogniserLike(e)));
        }
        if (!sv.isEmpty()) {
            t.trainLanguage("sv", sv, List.of(), out, "the training split of Diktera's Swedish consultations (" + svTrain.size()
                    + " written by the team, CC0; every third held out), as written and as a recogniser would give them");
        }
        writeHeldOutFigures(data, out);
    }

    /**
     * Measures the models just written on the held-out sets (read here for measuring only, after
     * training is done) and adds the figures to every model card.
     */
    private static void writeHeldOutFigures(Path data, Path out) throws Exception {
        Map<String, ComposerModels> models = new HashMap<>();
        try {
            for (String language : List.of("en", "sv")) {
                models.put(language, new ComposerModels(language,
                        OnnxClassifier.load(out.resolve(ComposerModels.rolesId(language)), ComposerModels.rolesId(language)),
                        OnnxClassifier.load(out.resolve(ComposerModels.selectionId(language)), ComposerModels.selectionId(language)),
                        OnnxClassifier.load(out.resolve(ComposerModels.sectionsId(language)), ComposerModels.sectionsId(language)),
                        SectionTransitions.read(out.resolve(ComposerModels.sectionsId(language))),
                        ComposerModels.keepAt(out.resolve(ComposerModels.selectionId(language)))));
            }
            NoteComposer composer = new NoteComposer(models, NoteTemplates.builtIn());
            StringBuilder figures = new StringBuilder("\n## Held-out figures of the whole composer\n\nMeasured right after"
                    + " training, by ONNX Runtime on these files (`diktera eval notes` prints the same):\n\n");
            for (NoteEvaluation.Figures f : NoteEvaluation.heldOut(data, composer)) {
                figures.append("### ").append(f.name()).append("\n\n```\n").append(f.table()).append("```\n\n");
                System.out.printf("[train] %s: ROUGE-1 %.1f, length %.2f%n", f.name(), 100 * f.rouge1(), f.lengthRatio());
            }
            for (String language : List.of("en", "sv")) {
                for (String id : List.of(ComposerModels.rolesId(language), ComposerModels.selectionId(language),
                        ComposerModels.sectionsId(language))) {
                    Files.writeString(out.resolve(id).resolve("MODEL-CARD.md"), figures, StandardCharsets.UTF_8,
                            StandardOpenOption.APPEND);
                }
            }
        } finally {
            models.values().forEach(ComposerModels::close);
        }
    }

    /** @param rolesOnly dialogue with speakers but no note: trains the role model only */
    private void trainLanguage(String language, List<LabelledUtterances> set, List<LabelledUtterances> rolesOnly, Path out,
            String source) throws Exception {
        long start = System.nanoTime();
        List<LinearClassifierTrainer.Example> roles = new ArrayList<>();
        List<LinearClassifierTrainer.Example> selection = new ArrayList<>();
        for (LabelledUtterances l : rolesOnly) {
            for (int i = 0; i < l.utterances().size(); i++) {
                roles.add(new LinearClassifierTrainer.Example(l.roles().get(i).name(), features.forRole(l.utterances(), i)));
            }
        }
        for (LabelledUtterances l : set) {
            var us = l.utterances();
            for (int i = 0; i < us.size(); i++) {
                roles.add(new LinearClassifierTrainer.Example(l.roles().get(i).name(), features.forRole(us, i)));
                boolean used = !l.sections().get(i).equals(NoteAlignment.UNUSED);
                selection.add(new LinearClassifierTrainer.Example(used ? ContentSelector.KEEP : ContentSelector.DROP,
                        features.forSelection(us, l.roles(), i)));
            }
        }
        int r = write(ComposerModels.rolesId(language), roles, out, source, "speaker role of each utterance");
        int s = write(ComposerModels.selectionId(language), selection, out, source, "whether an utterance's content is in the note");
        KeepThreshold.Choices keepAt = new KeepThreshold(trainer, features, language).choose(set);
        Files.writeString(out.resolve(ComposerModels.selectionId(language)).resolve(ComposerModels.SELECTION_PROPERTIES),
                "# Chosen by 3-fold cross-validation on the training split (by encounter): the threshold whose kept\n"
                        + "# utterances, worded, score the best ROUGE-1 against the reference notes of the fold left out,\n"
                        + "# for punctuated transcripts and for bare (recogniser) ones.\n"
                        + "keepAt=" + keepAt.punctuated().threshold() + "\ncrossValidatedRouge1=" + keepAt.punctuated().rouge1()
                        + "\nkeepAtUnpunctuated=" + keepAt.unpunctuated().threshold() + "\ncrossValidatedRouge1Unpunctuated="
                        + keepAt.unpunctuated().rouge1() + "\n", StandardCharsets.UTF_8);
        System.out.printf("[train] composer %s: keep at %.2f punctuated, %.2f bare (cross-validated ROUGE-1 of the kept text"
                + " %.1f, %.1f)%n", language, keepAt.punctuated().threshold(), keepAt.unpunctuated().threshold(),
                100 * keepAt.punctuated().rouge1(), 100 * keepAt.unpunctuated().rouge1());
        SectionSmoothing smoothing = new SectionSmoothing(trainer, features);
        List<LinearClassifierTrainer.Example> sections = smoothing.examples(set);
        int c = write(ComposerModels.sectionsId(language), sections, out, source, "the note section of a kept utterance");
        SectionSmoothing.Choice sequence = smoothing.choose(set);
        sequence.transitions().write(out.resolve(ComposerModels.sectionsId(language)).resolve(SectionTransitions.FILE));
        Files.writeString(out.resolve(ComposerModels.sectionsId(language)).resolve("MODEL-CARD.md"), String.format(Locale.ROOT,
                "%nRead as a sequence (Viterbi over the section transitions counted on the training split, `%s`), weight %.2f,"
                        + " chosen by 3-fold cross-validation on the training split: placement %.3f, against %.3f for each"
                        + " utterance on its own.%n", SectionTransitions.FILE, sequence.transitions().weight(), sequence.placement(),
                sequence.placementAlone()), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.printf(Locale.ROOT, "[train] composer %s: sections as a sequence, weight %.2f (cross-validated placement %.3f,"
                + " alone %.3f)%n", language, sequence.transitions().weight(), sequence.placement(), sequence.placementAlone());
        System.out.printf("[train] composer %s: %d utterances (%d kept), features roles %d, selection %d, sections %d; %.1f s%n",
                language, roles.size(), sections.size(), r, s, c, (System.nanoTime() - start) / 1e9);
    }

    private int write(String id, List<LinearClassifierTrainer.Example> examples, Path out, String source, String task)
            throws Exception {
        Path dir = out.resolve(id);
        int features = trainer.train(id, examples, dir);
        Map<String, Long> counts = examples.stream().collect(Collectors.groupingBy(
                LinearClassifierTrainer.Example::label, TreeMap::new, Collectors.counting()));
        Files.writeString(dir.resolve("MODEL-CARD.md"), "# " + id + "\n\nPredicts " + task + ". Linear model (Tribuo"
                + " logistic regression, AdaGrad, 6 epochs, seed " + SEED + ") on hashed word and character n-grams of the"
                + " utterance and its neighbours, the speaker role and the place in the encounter; exported to ONNX and run"
                + " by ONNX Runtime.\n\nTrained on " + source + ": " + examples.size() + " utterances, labels " + counts
                + ", " + features + " features.\n", StandardCharsets.UTF_8);
        return features;
    }

}
