package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;

/** A signed-in window left alone locks itself and asks for the passphrase again. */
class AutoLockTest {

    static final String PASS = "fjällvandring i juli med hund";
    @TempDir
    static Path data;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        AppContext context = new AppContext(new DikteraPaths(data), BundledModels.locate(AutoLockTest.class), Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            context.vault().addUser(admin, "rolf", "Rolf Granskare", Role.REVIEWER, new HsaId("SE2321000016-0002"), PASS.toCharArray());
        }
        TestWindows.open(context, null, Duration.ofSeconds(3));
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anIdleSessionLocksAndShowsWhy() throws Exception {
        robot.clickOn("#username").write("rolf");
        robot.clickOn("#passphrase").write(PASS);
        robot.clickOn("#signin");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#queue").tryQuery().isPresent());

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#signin-error").tryQuery()
                .map(n -> ((Label) n).getText().contains("Låst")).orElse(false));

        assertThat(robot.lookup("#queue").tryQuery()).isEmpty();
        assertThat(robot.lookup("#username").tryQuery()).isPresent();
    }
}
