package se.diktera.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.stage.Stage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.demo.DemoConsultation;
import se.diktera.app.demo.DemoSetup;
import se.diktera.app.ui.DemoMode;
import se.diktera.app.ui.MainWindow;
import se.diktera.app.ui.UiExecutor;

/** {@code diktera ui [--demo [--demo-lang sv|en]] [--demo-audio FILE]}: the client window. */
@Command(name = "ui", resourceBundle = Messages.BUNDLE)
final class UiCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--demo", descriptionKey = "cli.ui.demo")
    boolean demo;

    @Option(names = "--demo-lang", paramLabel = "LANG", defaultValue = "sv", descriptionKey = "cli.ui.demoLang")
    String demoLanguage;

    @Option(names = "--demo-audio", paramLabel = "FILE", descriptionKey = "cli.ui.demoAudio")
    Path demoAudio;

    @Option(names = "--demo-speed", paramLabel = "TIMES", defaultValue = "1.5", descriptionKey = "cli.ui.demoSpeed")
    double demoSpeed;

    @Option(names = "--screenshot-and-exit", paramLabel = "PNG", descriptionKey = "cli.ui.screenshotAndExit")
    Path screenshot;

    @Option(names = "--lock-after", paramLabel = "DURATION", defaultValue = "PT5M", descriptionKey = "cli.ui.lockAfter")
    Duration lockAfter;

    @Override
    public Integer call() throws Exception {
        if (noDisplay(System.getenv(), System.getProperty("os.name"), System.getProperty("glass.platform"))) {
            throw new IllegalArgumentException(parent.messages().get("ui.noDisplay"));
        }
        AppContext context = parent.context();
        Messages messages = parent.language != null ? parent.messages()
                : new Messages(Locale.forLanguageTag(context.settings().load().language()));
        DemoMode mode = null;
        if (demo) {
            context = DemoSetup.prepare(context);
            DemoConsultation consultation = DemoConsultation.forLanguage(demoLanguage);
            Path audio = demoAudio != null ? demoAudio : DemoSetup.audio(context, consultation).orElse(null);
            mode = new DemoMode(audio, consultation, consultation.templateId(), demoSpeed, messages.get("ui.demo.banner",
                    DemoSetup.CLINICIAN, DemoSetup.REVIEWER, DemoSetup.ADMINISTRATOR, DemoSetup.PASSPHRASE));
        } else if (demoAudio != null) {
            mode = DemoMode.ofAudio(demoAudio, demoSpeed);
        }
        AppContext app = context;
        DemoMode chosen = mode;
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        try {
            startWindow(app, messages, chosen, closed);
        } catch (UnsupportedOperationException e) {
            // JavaFX says "Unable to load glass GTK library" when GTK 3 is not installed.
            throw new IllegalArgumentException(messages.get("ui.noToolkit", e.getMessage()), e);
        }
        closed.await();
        Platform.exit();
        return 0;
    }

    private void startWindow(AppContext app, Messages messages, DemoMode chosen, CountDownLatch closed) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            new MainWindow(app, messages, UiExecutor.create(), chosen, stage, lockAfter);
            if (screenshot != null) {
                WindowSmokeCheck.afterFirstFrame(stage, screenshot, spec.commandLine().getOut());
            }
        });
    }

    /** On Linux without X11 or Wayland (an SSH session, a service) the window cannot open: say so plainly. */
    static boolean noDisplay(Map<String, String> env, String osName, String glassPlatform) {
        boolean linux = osName != null && osName.toLowerCase(Locale.ROOT).contains("linux");
        boolean headless = "Monocle".equalsIgnoreCase(glassPlatform);
        return linux && !headless && isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
