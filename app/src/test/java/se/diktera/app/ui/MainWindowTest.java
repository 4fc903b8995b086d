package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

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
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;

/** The real window, headless: sign in, a consultation, a recording from a file, the draft. */
class MainWindowTest {

    static final String PASS = "min egen långa fras om fjäll";
    static final String REVIEWER_PASS = "fjällvandring i juli med hund";
    static AppContext context;
    @TempDir
    static Path data;
    static Path audio;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        audio = data.resolve("visit.wav");
        String pause = "<break time=\"1500ms\"/>";
        Process p = new ProcessBuilder("espeak-ng", "-m", "-v", "en-us", "-s", "130", "-w", audio.toString(),
                "<speak>The patient has had a sore throat for three days." + pause + "Do you have a fever?" + pause + "No."
                        + pause + "The patient is allergic to penicillin." + pause
                        + "We will see her again in two weeks.</speak>").start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        context = new AppContext(new DikteraPaths(data.resolve("home")), BundledModels.locate(MainWindowTest.class),
                Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada Admin", new HsaId("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin Klinik", Role.CLINICIAN, new HsaId("SE2321000016-0001"), PASS.toCharArray());
            context.vault().addUser(admin, "rolf", "Rolf Granskare", Role.REVIEWER, new HsaId("SE2321000016-0002"),
                    REVIEWER_PASS.toCharArray());
        }
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> new MainWindow(context, new Messages(Locale.forLanguageTag("sv")), UiExecutor.create(), audio, stage));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    private <T extends Node> T find(String id) {
        return robot.lookup("#" + id).query();
    }

    private void waitFor(String id, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
    }

    @Test
    void aClinicianRecordsEditsAndSubmitsAndAReviewerApprovesIntoTheOutbox() throws Exception {
        robot.clickOn("#username").write("kerstin");
        robot.clickOn("#passphrase").write("fel lösenfras helt och hållet");
        robot.clickOn("#signin");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !((Label) find("signin-error")).getText().isEmpty());
        assertThat(((Label) find("signin-error")).getText()).contains("fel");
        screenshot("01-sign-in");

        robot.clickOn("#passphrase").write(PASS);
        robot.clickOn("#signin");
        waitFor("pnr", 30);

        robot.clickOn("#pnr").write("19121212-1213");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) find("pnr-feedback")).getText()).contains("Sista siffran");
        assertThat(((Button) find("start")).isDisabled()).isTrue();
        robot.eraseText(1).write("2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) find("pnr-feedback")).getText()).contains("19121212-1212");
        assertThat(((Button) find("start")).isDisabled()).isFalse();
        screenshot("02-consultation");
        robot.clickOn("#start");
        waitFor("record-demo", 10);

        robot.clickOn("#record-demo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#live-transcript").tryQuery()
                .map(n -> !((TextArea) n).getText().isBlank()).orElse(true));
        screenshot("03-recording");
        waitFor("draft", 120);
        screenshot("04-draft");

        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Kontaktorsak", "Aktuellt/Anamnes", "Allergier", "Åtgärd/Planering");

        TextArea atgard = find("section-atgard");
        robot.interact(() -> {
            atgard.requestFocus();
            atgard.end();
        });
        robot.write("\nKontroll av halsen hos distriktssköterskan.");
        robot.clickOn("#submit");
        waitFor("message", 10);
        assertThat(((Label) find("message")).getText()).contains("väntar på en granskare");
        robot.clickOn("#signout");
        waitFor("username", 10);

        robot.clickOn("#username").write("rolf");
        robot.clickOn("#passphrase").write(REVIEWER_PASS);
        robot.clickOn("#signin");
        waitFor("queue", 30);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> queue = (javafx.scene.control.ListView<String>) find("queue");
        assertThat(queue.getItems()).singleElement().asString().contains("Kerstin Klinik", "19121212-1212");
        robot.interact(() -> queue.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((TextArea) find("review-note")).getText()).contains("Kontroll av halsen hos distriktssköterskan.");
        screenshot("05-review");
        robot.clickOn("#approve");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) find("review-status")).getText()).contains("Godkänd", "1 i utkorgen");
        assertThat(queue.getItems()).isEmpty();
        robot.clickOn("#outbox-open");
        waitFor("outbox-items", 10);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> outboxItems = (javafx.scene.control.ListView<String>) find("outbox-items");
        assertThat(outboxItems.getItems()).singleElement().asString().contains("19121212-1212", "köad");
        assertThat(((Label) find("outbox-status")).getText()).contains("1 anteckning(ar) i utkorgen, 1 inte levererade");
        screenshot("06-outbox");

        try (StoreSession rolf = context.vault().unlock("rolf", REVIEWER_PASS.toCharArray())) {
            var items = new se.diktera.app.NoteWorkflow(rolf, Clock.systemUTC()).outbox().items();
            assertThat(items).singleElement().satisfies(i -> {
                assertThat(i.state()).isEqualTo(se.diktera.core.outbox.OutboxItem.State.QUEUED);
                assertThat(i.note().approver().name()).isEqualTo("Rolf Granskare");
                assertThat(i.note().consultation().clinician().name()).isEqualTo("Kerstin Klinik");
            });
            assertThat(rolf.audit().verify().intact()).isTrue();
        }
    }

    private void screenshot(String name) throws Exception {
        String dir = System.getProperty("diktera.screenshots");
        if (dir == null) {
            return;
        }
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> robot.listTargetWindows().get(0).getScene().snapshot(null)).get();
        PixelReader reader = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
    }
}
