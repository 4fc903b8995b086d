package se.diktera.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import se.diktera.app.ui.Snapshots;

/**
 * For the installer's smoke test: once the window has drawn its first frame, saves a picture of
 * it, prints how long the process took to get there, and closes the window.
 */
final class WindowSmokeCheck {

    private WindowSmokeCheck() {
    }

    /** Call on the FX thread after the stage is shown. */
    static void afterFirstFrame(Stage stage, Path png, PrintWriter out) {
        // Ready = the first pulse after showing has laid out and rendered the scene.
        Instant[] ready = new Instant[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ready[0] == null) {
                ready[0] = Instant.now();
                Platform.runLater(() -> stage.getScene().removePostLayoutPulseListener(listener[0]));
                // A short pause lets the paint finish before the picture is taken.
                PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(300));
                settle.setOnFinished(e -> capture(stage, png, out, ready[0]));
                settle.play();
            }
        };
        stage.getScene().addPostLayoutPulseListener(listener[0]);
    }

    private static void capture(Stage stage, Path png, PrintWriter out, Instant ready) {
        WritableImage image = stage.getScene().snapshot(null);
        write(image, png);
        Instant started = ProcessHandle.current().info().startInstant().orElse(ready);
        out.printf("window ready after %d ms; screenshot %s (%d x %d)%n", Duration.between(started, ready).toMillis(), png,
                (int) image.getWidth(), (int) image.getHeight());
        out.flush();
        stage.close();
    }

    private static void write(WritableImage image, Path png) {
        try {
            Snapshots.writePng(image, png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + png, e);
        }
    }
}
