package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;

/**
 * Both audit files deleted while notes remain (the finding 3): the administrator is told
 * at sign-in in the real window, the finding is recorded in the new trail, and work goes on.
 */
class BrokenAuditTrailTest {

    static final String ADMIN = "ett långt lösenord för ada";
    @TempDir
    static Path data;
    static AppContext context;
    final FxRobot robot = new FxRobot();
    final Messages sv = new Messages(Locale.forLanguageTag("sv"));

    @BeforeAll
    static void setUp() throws Exception {
        context = TestWindows.storeWithKnownNotes(data.resolve("home"), ADMIN);
        Path store = context.vault().directory();
        Files.delete(store.resolve("audit.log"));
        Files.delete(store.resolve("audit-head.enc"));
        TestWindows.open(context, null, SessionLock.DEFAULT_IDLE);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theAdministratorIsToldAtSignInAndWorkGoesOn() throws Exception {
        TestWindows.signIn(robot, "admin", ADMIN);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#message-next").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        String shown = robot.lookup("#message").queryAs(Label.class).getText();
        assertThat(shown).isEqualTo(sv.get("ui.audit.broken"));
        WindowScreenshots.take(robot, "13-audit-broken");
        robot.clickOn("#message-next");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#fhir-server").tryQuery().isPresent());

        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            assertThat(admin.audit().events()).extracting(AuditEvent::action).contains(AuditAction.AUDIT_BROKEN);
        }
    }
}
