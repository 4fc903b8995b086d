package se.diktera.app.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.TextInputControl;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;

/** The real window for the window tests: opened in Swedish on the primary stage, and text put in its fields. */
final class TestWindows {

    private TestWindows() {
    }

    /** @param demo the demo to play, or null; {@code idleLock} how long before the session locks */
    static void open(AppContext context, DemoMode demo, Duration idleLock) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new MainWindow(context, new Messages(Locale.forLanguageTag("sv")), UiExecutor.create(), demo,
                stage, idleLock));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sets the text of the field {@code id} on the FX thread, as typing it would leave it. */
    static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).query();
        robot.interact(() -> field.setText(text));
    }
}
