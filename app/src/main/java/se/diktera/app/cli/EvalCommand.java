package se.diktera.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.Messages;
import se.diktera.summarizer.evaluation.DrafterEvaluation;
import se.diktera.summarizer.evaluation.SectionEvaluation;
import se.diktera.summarizer.model.SectionModel;

/** {@code diktera eval drafter}: the shipped note models' accuracy and F1 on held-out data. */
@Command(name = "eval", resourceBundle = Messages.BUNDLE, subcommands = EvalCommand.Drafter.class)
final class EvalCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    @Command(name = "drafter", resourceBundle = Messages.BUNDLE)
    static final class Drafter implements Callable<Integer> {
        @ParentCommand
        EvalCommand eval;
        @Spec
        CommandSpec spec;

        @Option(names = "--data", paramLabel = "DIR", descriptionKey = "cli.eval.data")
        Path data;

        @Override
        public Integer call() throws Exception {
            Path dir = data != null ? data : Path.of(System.getProperty("diktera.training.data", "data"));
            PrintWriter out = spec.commandLine().getOut();
            try (SectionModel en = SectionModel.bundled("en"); SectionModel sv = SectionModel.bundled("sv")) {
                Map<String, SectionEvaluation> results = DrafterEvaluation.run(dir, en, sv);
                results.forEach((name, r) -> {
                    out.println(name);
                    out.println(r.table());
                });
            }
            return 0;
        }
    }
}
