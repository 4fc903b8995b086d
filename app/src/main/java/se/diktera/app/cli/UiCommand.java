package se.diktera.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;
import javafx.stage.Stage;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import se.diktera.app.Messages;
import se.diktera.app.ui.MainWindow;
import se.diktera.app.ui.UiExecutor;

/** {@code diktera ui [--demo-audio FILE]}: the client window. */
@Command(name = "ui", resourceBundle = Messages.BUNDLE)
final class UiCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @Option(names = "--demo-audio", paramLabel = "FILE", descriptionKey = "cli.ui.demoAudio")
    Path demoAudio;

    @Option(names = "--lock-after", paramLabel = "DURATION", defaultValue = "PT5M", descriptionKey = "cli.ui.lockAfter")
    java.time.Duration lockAfter;

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            new MainWindow(parent.context(), parent.messages(), UiExecutor.create(), demoAudio, stage, lockAfter);
        });
        closed.await();
        Platform.exit();
        return 0;
    }
}
