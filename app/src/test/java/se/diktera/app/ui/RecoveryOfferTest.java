package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import se.diktera.app.AppContext;
import se.diktera.app.NoteAudit;
import se.diktera.app.dictation.InterruptedRecordings;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.AudioSink;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.note.NoteId;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;
import se.diktera.speech.audio.AudioFiles;

/**
 * The real window after a crash: the clinician signs in, is offered the recording the crash
 * interrupted, gets its draft, and copies it for the EHR (audited, gone from the clipboard after
 * the set time). The store is left as a killed client leaves it (sound sealed
 * chunk by chunk, never ended, no transcript); InterruptedRecordingTest makes that state with real kills.
 */
class RecoveryOfferTest {

    static final String PASS = "min egen långa fras om fjäll";
    @TempDir
    static Path data;
    static AppContext context;
    static NoteId interrupted = NoteId.random();
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void setUp() throws Exception {
        context = new AppContext(new DikteraPaths(data.resolve("home")), BundledModels.locate(RecoveryOfferTest.class),
                Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin Klinik", Role.CLINICIAN, new HsaId("SE2321000016-0001"),
                    PASS.toCharArray());
            // A note copied for the EHR leaves the clipboard after a second here.
            context.settings().save(admin, ClientSettings.defaults().withClipboardClearAfter(java.time.Duration.ofSeconds(1)));
        }
        Path wav = data.resolve("visit.wav");
        new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(),
                "She has had a fever for three days and a cough. No chest pain.").start().waitFor(60, TimeUnit.SECONDS);
        byte[] pcm;
        try (var in = AudioFiles.openAsPcm(wav)) {
            pcm = in.readAllBytes();
        }
        try (StoreSession kerstin = context.vault().unlock("kerstin", PASS.toCharArray())) {
            kerstin.documents().put("consultation", interrupted.toString(), Consultation.begin(new PatientReference(
                    PersonalIdentityNumber.parse("19121212-1212")), kerstin.user().asClinician(), ContactType.HEMBESOK,
                    "en-clinic", Instant.now()));
            new NoteAudit(kerstin, context.clock()).record(AuditAction.RECORD, interrupted.toString(), 1, Map.of("phase", "start"));
            AudioSink sink = kerstin.recordings().start(interrupted.toString());
            for (int at = 0; at < pcm.length; at += 3200) {
                sink.append(pcm, at, Math.min(3200, pcm.length - at));
            }
            // Never closed: the client was killed here.
        }
        TestWindows.open(context, null, SessionLock.DEFAULT_IDLE);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theInterruptedRecordingIsOfferedAtSignInAndBecomesADraft() throws Exception {
        robot.clickOn("#username").write("kerstin");
        robot.clickOn("#passphrase").write(PASS);
        robot.clickOn("#signin");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#recovery-draft").tryQuery().isPresent());
        assertThat(robot.lookup("#recovery-text").queryAs(Label.class).getText()).contains("avbröts", "Hembesök");
        screenshot("09-recovery");

        robot.clickOn("#recovery-draft");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#draft").tryQuery().isPresent());

        screenshot("10-draft-copy");
        robot.clickOn("#copy-to-ehr");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> Clipboard.getSystemClipboard().hasString()).get());
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied.lines()).allMatch(l -> l.matches("[^:]+: .+"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !copied.equals(Clipboard.getSystemClipboard().getString())).get());

        try (StoreSession kerstin = context.vault().unlock("kerstin", PASS.toCharArray())) {
            assertThat(kerstin.audit().eventsFor(interrupted.toString())).filteredOn(e -> e.action() == AuditAction.COPY)
                    .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("to", "clipboard"));
            assertThat(InterruptedRecordings.mine(kerstin)).isEmpty();
            assertThat(kerstin.documents().ids("draft")).contains(interrupted.toString());
            assertThat(kerstin.audit().eventsFor(interrupted.toString())).extracting(e -> e.action())
                    .contains(AuditAction.RECORD, AuditAction.TRANSCRIBE, AuditAction.DRAFT);
        }
    }

    private void screenshot(String name) throws Exception {
        WindowScreenshots.take(robot, name);
    }
}
