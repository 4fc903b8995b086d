package se.diktera.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import se.diktera.app.AppContext;
import se.diktera.app.AuditCheck;
import se.diktera.app.Messages;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.store.AuditLog;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.UnlockException;
import se.diktera.models.BundledModels;

/** {@code diktera}: the command-line entry. Subcommands do the work; this holds the shared options. */
@Command(name = "diktera", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        resourceBundle = Messages.BUNDLE,
        subcommands = {DoctorCommand.class, ModelsCommand.class, TranscribeCommand.class, DraftCommand.class, NoteCommand.class,
                ReviewCommand.class, RecordingsCommand.class, UsersCommand.class, AuditCommand.class, ExportCommand.class, FollowUpCommand.class, FhirCommand.class, UiCommand.class, EvalCommand.class, BenchCommand.class})
public final class DikteraCommand implements Runnable {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.option.dataDir")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "cli.option.lang")
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private AppContext context;
    private BufferedReader stdin;

    /** The application, built on first use from the options given. */
    AppContext context() {
        if (context == null) {
            DikteraPaths paths = dataDir != null ? new DikteraPaths(dataDir) : DikteraPaths.forCurrentUser();
            // JNA (under Vosk) unpacks native code into ~/.cache unless told otherwise: keep it in our folder.
            if (System.getProperty("jna.tmpdir") == null) {
                System.setProperty("jna.tmpdir", paths.dataDir().resolve("cache/jna").toString());
            }
            context = new AppContext(paths, BundledModels.locate(DikteraCommand.class), Clock.systemUTC());
        }
        return context;
    }

    /** Opens the store as {@code user}, asking for their passphrase. */
    StoreSession unlock(String user) throws IOException, UnlockException {
        StoreSession session = context().vault().unlock(user, readPassphrase(messages().get("users.passphrase", user)));
        AuditLog.Verification audit = AuditCheck.atSignIn(context().vault(), session, context().clock());
        if (!audit.intact()) {
            spec.commandLine().getErr().println(messages().get("audit.brokenAtSignIn", audit.problem()));
        }
        return session;
    }

    /**
     * A passphrase from the terminal without echo, or, when there is no terminal (scripts, CI), the
     * next line of standard input.
     */
    char[] readPassphrase(String prompt) throws IOException {
        Console console = System.console();
        if (console != null && stdin == null) {
            char[] p = console.readPassword("%s: ", prompt);
            if (p != null) {
                return p;
            }
        }
        if (stdin == null) {
            stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        String line = stdin.readLine();
        if (line == null) {
            throw new IOException("No passphrase was given on standard input");
        }
        return line.toCharArray();
    }

    DikteraCommand withInput(InputStream in) {
        this.stdin = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return this;
    }

    Messages messages() {
        return new Messages(language != null ? Locale.forLanguageTag(language) : Messages.defaultLocale(Locale.getDefault()));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(new CommandLine(new DikteraCommand()), out, err, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, reading passphrases from {@code in}. */
    public static int execute(InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return execute(new CommandLine(new DikteraCommand().withInput(in)), out, err, args);
    }

    private static int execute(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
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
