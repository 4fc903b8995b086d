package se.diktera.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.core.config.DikteraPaths;
import se.diktera.models.BundledModels;

/** {@code diktera}: the command-line entry. Subcommands do the work; this holds the shared options. */
@Command(name = "diktera", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE,
        subcommands = {DoctorCommand.class, ModelsCommand.class, TranscribeCommand.class, DraftCommand.class, RecordingsCommand.class, EvalCommand.class, BenchCommand.class})
public final class DikteraCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "cli.option.lang")
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private AppContext context;

    /** The application, built on first use from the options given. */
    AppContext context() {
        if (context == null) {
            DikteraPaths paths = dataDir != null ? new DikteraPaths(dataDir) : DikteraPaths.forCurrentUser();
            context = new AppContext(paths, BundledModels.locate(DikteraCommand.class), Clock.systemUTC());
        }
        return context;
    }

    Messages messages() {
        return new Messages(language != null ? Locale.forLanguageTag(language) : Messages.defaultLocale(Locale.getDefault()));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new DikteraCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        return cli.execute(args);
    }

    public static void main(String[] args) {
        // Swedish text must survive a terminal whose locale is POSIX: write UTF-8 unless told otherwise.
        Charset charset = Charset.forName(System.getProperty("diktera.console.encoding", "UTF-8"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        System.exit(execute(out, err, args));
    }
}
