package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import se.diktera.app.Drafters;
import se.diktera.app.NoteWorkflow;
import se.diktera.app.ServerReview;
import se.diktera.app.ServerReviewLink;
import se.diktera.app.demo.DemoConsultation;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.review.RemoteReview;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.fhir.JpaFhirServer;
import se.diktera.models.BundledModels;

/**
 * The real window on a reviewer's laptop and on the author's tablet, two data folders meeting on a
 * HAPI FHIR JPA server on PostgreSQL: the reviewer's queue shows the tablet's draft with the
 * transcript passages it rests on and sends it back; the tablet's window shows the comment, the
 * author changes the note and submits it again.
 */
class ReviewAcrossDevicesWindowTest {

    static final String ADMIN_PASS = "ett långt lösenord för ada";
    static final String KERSTIN_PASS = "min egen långa fras om fjäll";
    static final String ROLF_PASS = "fjällvandring i juli med hund";
    static final HsaId UNIT = HsaId.of("SE2321000016-E0W1");
    static final String PATIENT = "19121212-1212";
    @TempDir
    static Path data;
    static JpaFhirServer server;
    static AppContext tablet;
    static AppContext laptop;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void devices() throws Exception {
        server = JpaFhirServer.sharedOnPostgres();
        tablet = device("tablet", "kerstin", "Kerstin Klinik", Role.CLINICIAN, HsaId.of("SE2321000016-0W01"), KERSTIN_PASS);
        laptop = device("laptop", "rolf", "Rolf Granskare", Role.REVIEWER, HsaId.of("SE2321000016-0W02"), ROLF_PASS);
    }

    @AfterAll
    static void tearDown() throws Exception {
        FxToolkit.cleanupStages();
    }

    private static AppContext device(String folder, String user, String name, Role role, HsaId hsa, String passphrase) throws Exception {
        AppContext context = new AppContext(new DikteraPaths(data.resolve(folder)), BundledModels.locate(ReviewAcrossDevicesWindowTest.class),
                Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada Admin", HsaId.of("SE2321000016-0000"),
                ADMIN_PASS.toCharArray())) {
            context.vault().addUser(admin, user, name, role, hsa, passphrase.toCharArray());
            context.settings().save(admin, ClientSettings.defaults().withDestination(server.baseUrl(), null)
                    .withCareUnit(new ClientSettings.CareUnit(UNIT, "Hemsjukvården Östersund")).withReview(ClientSettings.ReviewPlace.SERVER));
        }
        return context;
    }

    /** Kerstin's tablet drafts the Swedish demo consultation with the real drafter and submits it, as her window would. */
    private static NoteId submittedOnTheTablet() throws Exception {
        try (StoreSession kerstin = tablet.vault().unlock("kerstin", KERSTIN_PASS.toCharArray());
                Drafters.Loaded drafters = Drafters.load(tablet)) {
            NoteId id = NoteId.random();
            DemoConsultation demo = DemoConsultation.swedish();
            Transcript transcript = demo.transcript();
            DraftedNote draft = drafters.drafter().draft(transcript, demo.templateId());
            kerstin.documents().put("transcript", id.toString(), transcript);
            kerstin.documents().put("draft", id.toString(), draft);
            Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse(PATIENT)),
                    kerstin.user().asClinician(), ContactType.HEMBESOK, demo.templateId(), tablet.clock().instant());
            ServerReviewLink link = new ServerReviewLink(tablet, kerstin, tablet.settings().load());
            new NoteWorkflow(kerstin, tablet.clock(), link).submit(id, c, draft, Map.of());
            link.get().orElseThrow().sync();
            return id;
        }
    }

    private <T extends Node> T find(String id) {
        return robot.lookup("#" + id).query();
    }

    private void waitFor(String id, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup("#" + id).tryQuery().isPresent());
    }

    @Test
    void aDraftFromTheTabletIsReviewedOnTheLaptopSentBackAndSubmittedAgain() throws Exception {
        NoteId id = submittedOnTheTablet();

        TestWindows.open(laptop, null, SessionLock.DEFAULT_IDLE);
        TestWindows.signIn(robot, "rolf", ROLF_PASS);
        waitFor("queue", 30);
        @SuppressWarnings("unchecked")
        ListView<String> queue = (ListView<String>) find("queue");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());
        assertThat(queue.getItems()).singleElement().asString().contains("Kerstin Klinik", PATIENT, "från servern", "omgång 1");
        robot.interact(() -> queue.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !((TextArea) find("review-transcript")).getText().isEmpty());
        String transcript = ((TextArea) find("review-transcript")).getText();
        assertThat(transcript.split("\n")).as("the evidence is what was said, not all of it").isSubsetOf(
                DemoConsultation.swedish().transcript().segments().stream().map(Segment::text).toList())
                .hasSizeLessThan(DemoConsultation.swedish().transcript().segments().size());
        assertThat(((TextArea) find("review-note")).getText()).isNotBlank();
        WindowScreenshots.take(robot, "14-review-remote");

        robot.clickOn("#comment").write("Status saknas: lägg till temp och saturation.");
        robot.clickOn("#send-back");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ((Label) find("review-status")).getText().contains("via servern"));
        assertThat(((Label) find("review-status")).getText()).isEqualTo("Skickad tillbaka till författaren via servern.");
        robot.clickOn("#signout");
        waitFor("username", 10);
        FxToolkit.cleanupStages();

        TestWindows.open(tablet, null, SessionLock.DEFAULT_IDLE);
        TestWindows.signIn(robot, "kerstin", KERSTIN_PASS);
        waitFor("sent-back-open", 60);
        assertThat(((Label) find("sent-back-text")).getText()).contains(PATIENT, "Status saknas: lägg till temp och saturation.");
        WindowScreenshots.take(robot, "15-sent-back");
        robot.clickOn("#sent-back-open");
        waitFor("draft-status", 30);
        assertThat(((Label) find("draft-status")).getText()).contains("Skickad tillbaka: Status saknas");
        TextArea status = robot.lookup(".text-area").queryAllAs(TextArea.class).stream()
                .filter(t -> t.getId() != null && t.getId().startsWith("section-")).findFirst().orElseThrow();
        robot.interact(() -> {
            status.requestFocus();
            status.end();
        });
        robot.write("\nTemp 37,2. Sat 96 %.");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor("message", 30);
        assertThat(((Label) find("message")).getText()).contains("via servern");
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitFor("username", 10);

        try (StoreSession rolf = laptop.vault().unlock("rolf", ROLF_PASS.toCharArray())) {
            ServerReview review = new ServerReviewLink(laptop, rolf, laptop.settings().load()).get().orElseThrow();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> review.queue().stream().anyMatch(r -> r.packet().round() == 2));
            RemoteReview again = review.queue().stream().filter(r -> r.packet().note().id().equals(id)).findFirst().orElseThrow();
            assertThat(again.packet().round()).isEqualTo(2);
            assertThat(again.packet().note().sections()).flatMap(s -> s.statements()).anyMatch(s -> s.text().contains("Temp 37,2."));
        }
        try (StoreSession kerstin = tablet.vault().unlock("kerstin", KERSTIN_PASS.toCharArray())) {
            assertThat(kerstin.documents().get("note", id.toString(), Note.class).orElseThrow().state()).isEqualTo(NoteState.IN_REVIEW);
        }
    }
}
