package se.diktera.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.models.InstalledModel;
import se.diktera.models.ModelDescriptor;
import se.diktera.models.ModelException;

/** {@code diktera models}: list, install the bundled, import a supplied model. */
@Command(name = "models", resourceBundle = Messages.BUNDLE,
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.InstallBundled.class, ModelsCommand.ImportModel.class})
final class ModelsCommand extends CommandGroup {

    @ParentCommand
    DikteraCommand parent;

    @Command(name = "list", resourceBundle = Messages.BUNDLE)
    static final class ListModels implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            AppContext context = models.parent.context();
            Messages messages = models.parent.messages();
            PrintWriter out = spec.commandLine().getOut();
            List<InstalledModel> installed = context.modelStore().installed();
            out.println(messages.get("models.list.folder", context.modelStore().directory()));
            for (ModelDescriptor d : context.catalog().all()) {
                Optional<InstalledModel> m = installed.stream().filter(i -> i.id().equals(d.id())).findFirst();
                String state = m.isPresent() ? messages.get("models.state.installed")
                        : context.bundledModels().archiveFor(d).isPresent() ? messages.get("models.state.bundled")
                        : messages.get("models.state.absent");
                out.printf("  %-36s %-3s %-8s %-12s %s%n", d.id(), d.language(), d.kind(), state, d.licence());
            }
            for (InstalledModel m : installed) {
                if (context.catalog().byId(m.id()).isEmpty()) {
                    out.printf("  %-36s %-3s %-8s %-12s %s%n", m.id(), m.language(), m.kind(),
                            messages.get("models.state.installed"), m.origin());
                }
            }
            return 0;
        }
    }

    @Command(name = "install", resourceBundle = Messages.BUNDLE)
    static final class InstallBundled implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws ModelException {
            AppContext context = models.parent.context();
            List<InstalledModel> installed = context.bundledModels().installMissing(context.catalog(), context.modelStore());
            for (InstalledModel m : installed) {
                spec.commandLine().getOut().println(models.parent.messages().get("models.installed", m.id(), m.directory()));
            }
            return 0;
        }
    }

    @Command(name = "import", resourceBundle = Messages.BUNDLE)
    static final class ImportModel implements Callable<Integer> {
        @ParentCommand
        ModelsCommand models;
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", descriptionKey = "cli.models.import.path")
        Path source;

        @Option(names = "--lang", required = true, paramLabel = "LANG", descriptionKey = "cli.models.import.lang")
        String language;

        @Option(names = "--id", paramLabel = "ID", descriptionKey = "cli.models.import.id")
        String id;

        @Option(names = "--kind", paramLabel = "speech|note", defaultValue = "speech", descriptionKey = "cli.models.import.kind")
        String kind;

        @Override
        public Integer call() throws ModelException {
            AppContext context = models.parent.context();
            InstalledModel m = "note".equalsIgnoreCase(kind) ? context.modelStore().importNoteModel(source, language, id)
                    : context.modelStore().importSpeechModel(source, language, id);
            spec.commandLine().getOut().println(models.parent.messages().get("models.installed", m.id(), m.directory()));
            return 0;
        }
    }
}
