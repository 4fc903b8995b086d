package se.diktera.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.Messages;
import se.diktera.summarizer.composer.ComposerModels;
import se.diktera.summarizer.composer.NoteComposer;
import se.diktera.summarizer.corpus.Encounter;
import se.diktera.summarizer.corpus.EncounterTranscripts;
import se.diktera.summarizer.corpus.SwedishConsultations;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.evaluation.ClauseCeiling;
import se.diktera.summarizer.evaluation.NoteEvaluation;

/**
 * {@code diktera eval notes}: the note composer's figures on held-out data, stage by stage and whole;
 * {@code diktera eval ceiling}: how far leaving out clauses could take ROUGE-1 on the Swedish training split.
 */
@Command(name = "eval", resourceBundle = Messages.BUNDLE, subcommands = {EvalCommand.Notes.class, EvalCommand.Ceiling.class})
final class EvalCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    @Command(name = "notes", resourceBundle = Messages.BUNDLE)
    static final class Notes implements Callable<Integer> {
        @ParentCommand
        EvalCommand eval;
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", descriptionKey = "cli.eval.data")
        Path data;

        @Override
        public Integer call() throws Exception {
            Path dir = folder(data);
            PrintWriter out = spec.commandLine().getOut();
            withComposer(composer -> {
                for (NoteEvaluation.Figures f : NoteEvaluation.heldOut(dir, composer)) {
                    out.println(f.name());
                    out.print(f.table());
                    out.flush();
                }
            });
            return 0;
        }
    }

    @Command(name = "ceiling", resourceBundle = Messages.BUNDLE)
    static final class Ceiling implements Callable<Integer> {
        @ParentCommand
        EvalCommand eval;
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", descriptionKey = "cli.eval.data")
        Path data;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Messages messages = eval.parent.messages();
            List<Encounter> training = SwedishConsultations.training(folder(data));
            withComposer(composer -> {
                for (ClauseCeiling.Result r : List.of(
                        ClauseCeiling.run(messages.get("eval.ceiling.written"), composer, training, EncounterTranscripts::asWritten),
                        ClauseCeiling.run(messages.get("eval.ceiling.recogniser"), composer, training,
                                EncounterTranscripts::recogniserLike))) {
                    out.println(messages.get("eval.ceiling.result", r.name(), r.encounters(), 100 * r.drafted(),
                            100 * r.clausesThatMeetTheReference()));
                    out.flush();
                }
            });
            return 0;
        }
    }

    /** The data folder: {@code --data}, else the one the launcher names, else {@code data/}. */
    private static Path folder(Path data) {
        return data != null ? data : Path.of(System.getProperty("diktera.training.data", "data"));
    }

    /** What an evaluation does with a composer of the bundled models. */
    private interface WithComposer {
        void use(NoteComposer composer) throws Exception;
    }

    /** Runs {@code work} with a composer of both languages' bundled models, closed after. */
    private static void withComposer(WithComposer work) throws Exception {
        try (ComposerModels en = ComposerModels.bundled("en"); ComposerModels sv = ComposerModels.bundled("sv")) {
            work.use(new NoteComposer(Map.of("en", en, "sv", sv), NoteTemplates.builtIn()));
        }
    }
}
