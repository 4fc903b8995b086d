package se.diktera.summarizer.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.transcript.Transcript;
import se.diktera.summarizer.composer.ComposerModels;
import se.diktera.summarizer.composer.NoteComposer;
import se.diktera.summarizer.corpus.AciBench;
import se.diktera.summarizer.corpus.Encounter;
import se.diktera.summarizer.corpus.EncounterTranscripts;
import se.diktera.summarizer.corpus.LabelledUtterances;
import se.diktera.summarizer.corpus.NoteAlignment;
import se.diktera.summarizer.corpus.SwedishConsultations;
import se.diktera.summarizer.drafting.NoteMarkdown;
import se.diktera.summarizer.drafting.NoteTemplates;

/**
 * Measures the composer on held-out encounters, stage by stage: speaker-role accuracy, content
 * selection precision and recall, section placement (of the kept utterances that the reference
 * note uses, the share under its heading), facts precision/recall/F1 where the corpus lists
 * facts, and of the whole note ROUGE-1/2/L F1 (per encounter, averaged) and draft length over
 * reference length.
 */
public final class NoteEvaluation {

    public record Figures(String name, int encounters, double rouge1, double rouge2, double rougeL, double lengthRatio,
            double roleAccuracy, double selectionPrecision, double selectionRecall, double sectionPlacement,
            double factsPrecision, double factsRecall, double factsF1) {

        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "  encounters            %d%n", encounters));
            sb.append(String.format(Locale.ROOT, "  ROUGE-1 / 2 / L F1    %.1f / %.1f / %.1f%n", 100 * rouge1, 100 * rouge2, 100 * rougeL));
            sb.append(String.format(Locale.ROOT, "  length / reference    %.2f%n", lengthRatio));
            sb.append(String.format(Locale.ROOT, "  speaker roles         %.3f accuracy%n", roleAccuracy));
            sb.append(String.format(Locale.ROOT, "  selection             %.3f precision, %.3f recall%n", selectionPrecision, selectionRecall));
            sb.append(String.format(Locale.ROOT, "  section placement     %.3f%n", sectionPlacement));
            if (!Double.isNaN(factsF1)) {
                sb.append(String.format(Locale.ROOT, "  facts                 %.3f precision, %.3f recall, %.3f F1%n",
                        factsPrecision, factsRecall, factsF1));
            }
            return sb.toString();
        }
    }

    private NoteEvaluation() {
    }

    /**
     * The held-out sets, each named with its split: ACI-BENCH validation as written and as the
     * recogniser heard it, the Swedish held-out consultations as written and recogniser-like.
     * Speakers are always removed: the composer infers them, as it must from the recogniser.
     */
    public static List<Figures> heldOut(Path data, NoteComposer composer) throws EngineException,
            IOException {
        List<Figures> result = new ArrayList<>();
        result.add(run("ACI-BENCH validation, human transcript", composer,
                AciBench.read(data, AciBench.VALID),
                EncounterTranscripts::asWritten));
        List<Encounter> asr = new ArrayList<>();
        for (String f : AciBench.VALID_ASR) {
            asr.addAll(AciBench.read(data, f));
        }
        result.add(run("ACI-BENCH validation, speech recogniser", composer, asr,
                EncounterTranscripts::asWritten));
        List<Encounter> sv = SwedishConsultations.heldOut(data);
        if (!sv.isEmpty()) {
            result.add(run("Swedish consultations, held-out split, as written", composer, sv,
                    EncounterTranscripts::asWritten));
            result.add(run("Swedish consultations, held-out split, recogniser-like", composer, sv,
                    EncounterTranscripts::recogniserLike));
        }
        return result;
    }

    /** Prints one encounter's draft beside its reference note (for reading, not for scoring). */
    private static void show(Path data, NoteComposer composer, String id) throws Exception {
        List<Encounter> all = new ArrayList<>(AciBench.read(data, AciBench.TRAIN));
        all.addAll(SwedishConsultations.read(data));
        for (Encounter e : all) {
            if (e.id().equals(id)) {
                DraftedNote note = composer.compose(EncounterTranscripts.asWritten(e), e.template(), null);
                System.out.println(NoteMarkdown.plain(note));
                System.out.println("\n======== REFERENCE\n" + e.referenceNote());
                System.out.println("\n======== FACTS found");
                note.facts().forEach(f -> System.out.println(f.kind() + " " + f.text() + " " + f.attributes()));
                System.out.println("======== FACTS of the reference");
                e.facts().forEach(System.out::println);
            }
        }
    }

    /** {@code EvaluateNotes DATA_DIR}: the held-out figures with the bundled models. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        try (var en = ComposerModels.bundled("en");
             var sv = ComposerModels.bundled("sv")) {
            NoteComposer composer = new NoteComposer(Map.of("en", en, "sv", sv),
                    NoteTemplates.builtIn());
            if (args.length > 1) {
                show(data, composer, args[1]);
                return;
            }
            for (Figures f : heldOut(data, composer)) {
                System.out.println(f.name());
                System.out.print(f.table());
            }
        }
    }

    public static Figures run(String name, NoteComposer composer, List<Encounter> encounters,
            Function<Encounter, Transcript> form) throws EngineException {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        double ratio = 0;
        int roleRight = 0;
        int utterances = 0;
        int kept = 0;
        int gold = 0;
        int keptGold = 0;
        int placedRight = 0;
        int factTp = 0;
        int factPredicted = 0;
        int factGold = 0;
        for (Encounter e : encounters) {
            Transcript t = form.apply(e);
            LabelledUtterances truth = LabelledUtterances.of(e, t);
            List<NoteComposer.Trace> trace = new ArrayList<>();
            DraftedNote note = composer.compose(t, e.template(), trace);
            String text = NoteMarkdown.plain(note);
            Rouge.Scores s = Rouge.score(text, e.referenceNote(), e.language());
            r1 += s.rouge1();
            r2 += s.rouge2();
            rl += s.rougeL();
            ratio += (double) Rouge.tokens(text, e.language()).size() / Rouge.tokens(e.referenceNote(), e.language()).size();
            NoteComposer.Trace tr = trace.get(0);
            for (int i = 0; i < truth.utterances().size(); i++) {
                utterances++;
                roleRight += tr.roles().get(i) == truth.roles().get(i) ? 1 : 0;
                boolean isGold = !truth.sections().get(i).equals(NoteAlignment.UNUSED);
                boolean isKept = tr.sections().containsKey(i);
                gold += isGold ? 1 : 0;
                kept += isKept ? 1 : 0;
                if (isGold && isKept) {
                    keptGold++;
                    placedRight += tr.sections().get(i).equals(truth.sections().get(i)) ? 1 : 0;
                }
            }
            if (!e.facts().isEmpty()) {
                FactMatching.Counts c = FactMatching.count(note.facts(), e.facts());
                factTp += c.truePositives();
                factPredicted += c.predicted();
                factGold += c.gold();
            }
        }
        int n = encounters.size();
        double fp = factPredicted == 0 ? 0 : (double) factTp / factPredicted;
        double fr = factGold == 0 ? 0 : (double) factTp / factGold;
        double ff = factGold == 0 ? Double.NaN : fp + fr == 0 ? 0 : 2 * fp * fr / (fp + fr);
        return new Figures(name, n, r1 / n, r2 / n, rl / n, ratio / n, (double) roleRight / utterances,
                kept == 0 ? 0 : (double) keptGold / kept, gold == 0 ? 0 : (double) keptGold / gold,
                keptGold == 0 ? 0 : (double) placedRight / keptGold, fp, fr, ff);
    }
}
