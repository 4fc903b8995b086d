package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.people.Role;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;

/** A device without users: the window makes its administrator, who lands on the settings, signed in. */
class FirstRunTest {

    static final String PASS = "en lång fras om fjällen i väster";
    @TempDir
    static Path data;
    static AppContext context;
    final FxRobot robot = new FxRobot();
    final Messages sv = new Messages(Locale.forLanguageTag("sv"));

    @BeforeAll
    static void setUp() throws Exception {
        context = new AppContext(new DikteraPaths(data), BundledModels.locate(FirstRunTest.class), Clock.systemUTC());
        TestWindows.open(context, null, SessionLock.DEFAULT_IDLE);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstStartMakesTheAdministratorInTheClient() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#first-run-create").tryQuery().isPresent());
        TestWindows.type(robot, "first-run-username", "ada");
        TestWindows.type(robot, "first-run-name", "Ada Administratör");
        TestWindows.type(robot, "first-run-hsa-id", "SE2321000016-0000");
        TestWindows.type(robot, "first-run-passphrase", PASS);
        TestWindows.type(robot, "first-run-repeat", PASS + " och hav");
        robot.clickOn("#first-run-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) robot.lookup("#first-run-error").query()).getText()).isEqualTo(sv.get("ui.firstRun.notSame"));
        WindowScreenshots.take(robot, "11-first-run");

        TestWindows.type(robot, "first-run-passphrase", PASS);
        TestWindows.type(robot, "first-run-repeat", PASS);
        robot.clickOn("#first-run-create");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#fhir-server").tryQuery().isPresent());

        assertThat(context.vault().users()).singleElement().satisfies(u -> assertThat(u.role()).isEqualTo(Role.ADMINISTRATOR));
        // The identifier systems are shown by name beside their OIDs.
        assertThat(((Label) robot.lookup("#pnr-system-name").query()).getText())
                .isEqualTo(sv.get("ui.settings.system.personnummer"));
        try (StoreSession ada = context.vault().unlock("ada", PASS.toCharArray())) {
            // The creation is the trail's first entry, as with users init.
            assertThat(ada.audit().verify().intact()).isTrue();
            assertThat(ada.audit().verify().entries()).isPositive();
        }
    }
}
