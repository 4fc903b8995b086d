package se.diktera.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.TextInputControl;

import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.followup.KnownNotes;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;

/** The real window for the window tests: a store to open it on, opened in Swedish on the primary stage, signing in, and text put in its fields. */
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

    /**
     * A store with an administrator ("admin", {@code adminPassphrase}) and a clinician ("kerstin")
     * whose notes are {@link KnownNotes}, under {@code home}.
     */
    static AppContext storeWithKnownNotes(Path home, String adminPassphrase) throws Exception {
        AppContext context = new AppContext(new DikteraPaths(home), BundledModels.locate(TestWindows.class), Clock.systemUTC());
        Clinician kerstin = new Clinician("Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"));
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada Admin", new HsaId("SE2321000016-0000"),
                adminPassphrase.toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, kerstin.hsaId(), "fras om fjäll och hav".toCharArray());
        }
        try (StoreSession s = context.vault().unlock("kerstin", "fras om fjäll och hav".toCharArray())) {
            KnownNotes.write(s, kerstin);
        }
        return context;
    }

    /** Signs in on the sign-in screen once it is there. */
    static void signIn(FxRobot robot, String user, String passphrase) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#username").tryQuery().isPresent());
        robot.clickOn("#username").write(user);
        robot.clickOn("#passphrase").write(passphrase);
        robot.clickOn("#signin");
    }

    /** Sets the text of the field {@code id} on the FX thread, as typing it would leave it. */
    static void type(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).query();
        robot.interact(() -> field.setText(text));
    }
}
