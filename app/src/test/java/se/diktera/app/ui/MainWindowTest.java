package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.demo.DemoConsultation;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.StoreThreads;
import se.diktera.models.BundledModels;
import se.diktera.speech.audio.Microphone;

/** The real window, headless: sign in, a consultation, a recording from a file, the draft. */
class MainWindowTest {

    static final String PASS = "min egen långa fras om fjäll";
    static final String REVIEWER_PASS = "fjällvandring i juli med hund";
    static final String ADMIN_PASS = "ett långt lösenord för ada";
    static AppContext context;
    @TempDir
    static Path data;
    static Path exportFolder;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        context = new AppContext(new DikteraPaths(data.resolve("home")), BundledModels.locate(MainWindowTest.class),
                Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada Admin", new HsaId("SE2321000016-0000"),
                ADMIN_PASS.toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin Klinik", Role.CLINICIAN, new HsaId("SE2321000016-0001"), PASS.toCharArray());
            context.vault().addUser(admin, "rolf", "Rolf Granskare", Role.REVIEWER, new HsaId("SE2321000016-0002"),
                    REVIEWER_PASS.toCharArray());
        }
        exportFolder = data.resolve("export");
        // The Swedish demo consultation, its words at four times a speaking pace (no Swedish speech
        // model comes with Diktera; the English audio path through Vosk is RecordingViewModelTest's).
        TestWindows.open(context, new DemoMode(null, DemoConsultation.swedish(), "sv-journal", 4.0, null), SessionLock.DEFAULT_IDLE);
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

    private void signIn(String user, String passphrase, String landsOn) throws Exception {
        robot.clickOn("#username").write(user);
        robot.clickOn("#passphrase").write(passphrase);
        robot.clickOn("#signin");
        waitFor(landsOn, 30);
    }

    private List<String> highlightedWords() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".word").queryAllAs(Label.class).stream()
                .filter(l -> l.getStyleClass().contains("evidence")).map(Label::getText).toList()).get();
    }

    @Test
    void aClinicianRecordsEditsAndSubmitsAndAReviewerApprovesAndSendsFromTheOutbox() throws Exception {
        // The administrator points the device at an export folder (no FHIR server on this machine).
        signIn("admin", ADMIN_PASS, "fhir-server");
        TestWindows.type(robot, "export-folder", exportFolder.toString());
        TestWindows.type(robot, "keep-notes", "30");
        robot.clickOn("#save-settings");
        String saved = new Messages(Locale.forLanguageTag("sv")).get("ui.settings.saved", 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.equals(((Label) find("settings-status")).getText()));
        TestWindows.type(robot, "fhir-server", "http://fhir.example.org/fhir");
        robot.clickOn("#save-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Label) find("settings-status")).getText()).startsWith("Inte sparat").contains("https");
        assertThat(context.settings().load().fhirServer()).isNull();
        TestWindows.type(robot, "fhir-server", "");
        screenshot("07-settings");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor("username", 10);

        robot.clickOn("#username").write("kerstin");
        robot.clickOn("#passphrase").write("fel lösenfras helt och hållet");
        robot.clickOn("#signin");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !((Label) find("signin-error")).getText().isEmpty());
        assertThat(((Label) find("signin-error")).getText()).contains("fel");
        screenshot("01-sign-in");

        robot.clickOn("#passphrase").write(PASS);
        robot.clickOn("#signin");
        waitFor("pnr", 30);
        assertThat(((Label) find("signed-in-as")).getText()).contains("Kerstin Klinik", "kliniker");

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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !((Button) find("record-demo")).isDisabled());
        if (!Microphone.isPresent()) {
            assertThat(((Label) find("record-warning")).getText()).contains("Ingen mikrofon", "importera en ljudfil");
            assertThat(((Button) find("record")).isDisabled()).isTrue();
        }

        robot.clickOn("#record-demo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#live-transcript").tryQuery()
                .map(n -> !((TextArea) n).getText().isBlank()).orElse(true));
        assertThat(((Button) find("pause")).isDisabled()).isFalse();
        screenshot("03-recording");
        waitFor("draft", 120);
        screenshot("04-draft");

        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("Kontaktorsak", "Aktuellt/Anamnes", "Allergier", "Åtgärd/Planering");

        // The caret on the allergy line highlights the words it came from.
        TextArea allergies = find("section-allergier");
        assertThat(highlightedWords()).isEmpty();
        robot.interact(() -> {
            allergies.requestFocus();
            allergies.positionCaret(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(highlightedWords()).contains("penicillin");
        assertThat(((Button) find("play-evidence")).isDisabled()).isFalse();
        robot.clickOn("#play-evidence");
        // The demo played its script as text: there is no recording to play, and the draft says so.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ((Label) find("draft-status")).getText().contains("ingen inspelning"));
        CheckBox fact = robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(c -> c.getText().contains("penicillin")).findFirst().orElseThrow();
        robot.interact(() -> {
            fact.requestFocus();
            fact.fire();
        });
        assertThat(fact.isSelected()).isTrue();
        assertThat(highlightedWords()).contains("penicillin");

        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows().get(0).getScene().getRoot().getProperties().get("diktera.theme")).isEqualTo("dark");
        screenshot("08-draft-dark");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);

        TextArea atgard = find("section-atgard");
        robot.interact(() -> {
            atgard.requestFocus();
            atgard.end();
        });
        robot.write("\nKontroll av halsen hos distriktssköterskan.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor("message", 10);
        assertThat(((Label) find("message")).getText()).contains("väntar på en granskare");
        robot.clickOn("#signout");
        waitFor("username", 10);

        signIn("rolf", REVIEWER_PASS, "queue");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> queue = (javafx.scene.control.ListView<String>) find("queue");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());
        assertThat(queue.getItems()).singleElement().asString().contains("Kerstin Klinik", "19121212-1212");
        robot.interact(() -> queue.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !((TextArea) find("review-transcript")).getText().isEmpty());
        assertThat(((TextArea) find("review-note")).getText()).contains("Kontroll av halsen hos distriktssköterskan.");
        assertThat(((TextArea) find("review-transcript")).getText()).contains("penicillin");
        screenshot("05-review");
        robot.clickOn("#approve");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ((Label) find("review-status")).getText().contains("Godkänd")
                && queue.getItems().isEmpty());
        assertThat(((Label) find("review-status")).getText()).contains("Godkänd av Rolf Granskare", "1 i utkorgen");
        // The approved note goes to the EHR by the clipboard, headings as keywords.
        robot.clickOn("#copy-approved");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> javafx.scene.input.Clipboard.getSystemClipboard().hasString()).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get())
                .startsWith("Kontaktorsak: ").contains("\nÅtgärd/Planering: ");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitFor("outbox-items", 10);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<String> outboxItems = (javafx.scene.control.ListView<String>) find("outbox-items");
        assertThat(outboxItems.getItems()).singleElement().asString().contains("19121212-1212", "köad");
        assertThat(((Label) find("outbox-status")).getText()).contains(new Messages(Locale.forLanguageTag("sv")).get("ui.outbox.summary", 1, 1));
        robot.clickOn("#send-now");
        // The list and then the summary change on the FX thread: wait for the summary, the last of them.
        Messages sv = new Messages(Locale.forLanguageTag("sv"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            String status = ((Label) find("outbox-status")).getText();
            return status.equals(sv.get("ui.outbox.summary", 1, 0)) || status.startsWith(sv.get("ui.outbox.sendFailed", ""));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(outboxItems.getItems()).singleElement().asString().contains("skickad", "sparad som fil i exportmappen");
        assertThat(((Label) find("outbox-status")).getText()).isEqualTo(sv.get("ui.outbox.summary", 1, 0));
        screenshot("06-outbox");
        try (var files = Files.list(exportFolder)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".json"));
        }

        try (StoreSession rolf = context.vault().unlock("rolf", REVIEWER_PASS.toCharArray())) {
            var items = new se.diktera.app.NoteWorkflow(rolf, Clock.systemUTC()).outbox().items();
            assertThat(items).singleElement().satisfies(i -> {
                assertThat(i.state()).isEqualTo(se.diktera.core.outbox.OutboxItem.State.SENT);
                assertThat(i.note().approver().name()).isEqualTo("Rolf Granskare");
                assertThat(i.note().consultation().clinician().name()).isEqualTo("Kerstin Klinik");
            });
            assertThat(rolf.audit().verify().intact()).isTrue();
            String noteId = items.get(0).note().note().id().toString();
            // The text demo records no audio: its trail starts with the transcript (RecordingViewModelTest covers RECORD).
            assertThat(rolf.audit().eventsFor(noteId).stream().map(e -> e.action()).toList()).contains(AuditAction.TRANSCRIBE,
                    AuditAction.DRAFT, AuditAction.EDIT, AuditAction.VIEW, AuditAction.APPROVE, AuditAction.COPY, AuditAction.EXPORT)
                    .doesNotContain(AuditAction.RECORD);
            assertThat(rolf.audit().eventsFor("settings")).extracting(e -> e.action()).containsOnly(AuditAction.CONFIGURE);
        }
        // Not once in the whole workflow did the FX thread seal, open or derive a key.
        assertThat(StoreThreads.violations()).as("store operations on the FX thread").isZero();
    }

    private void screenshot(String name) throws Exception {
        WindowScreenshots.take(robot, name);
    }
}
