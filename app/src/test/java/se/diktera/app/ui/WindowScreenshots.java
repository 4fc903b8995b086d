package se.diktera.app.ui;

import java.nio.file.Path;

import javafx.scene.image.WritableImage;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Screenshots of the real window for the README, written when the build sets {@code diktera.screenshots}. */
final class WindowScreenshots {

    private WindowScreenshots() {
    }

    static void take(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("diktera.screenshots");
        if (dir == null) {
            return;
        }
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> robot.listTargetWindows().get(0).getScene().snapshot(null)).get();
        Snapshots.writePng(image, Path.of(dir, name + ".png"));
    }
}
