package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;

import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.uhn.fhir.context.FhirContext;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.IllegalNoteTransitionException;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.problem.Problem;
import se.diktera.core.review.RemoteReview;
import se.diktera.core.review.ReviewAction;
import se.diktera.core.review.ReviewExchange;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.ExportRecord;
import se.diktera.core.store.RetentionPolicy;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.fhir.FhirExporters;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.JpaFhirServer;
import se.diktera.fhir.mapping.NoteText;
import se.diktera.fhir.server.FhirSearch;

/**
 * Two (and three) devices, each with its own data folder and user, passing drafts through a real
 * HAPI FHIR JPA server on PostgreSQL: the author's tablet submits, a reviewer's laptop approves or
 * sends back, the author's tablet learns what came back and resubmits; two reviewers acting on
 * one draft; a reviewer deciding while the network is gone.
 */
class ReviewAcrossDevicesTest {

    static JpaFhirServer server;

    @TempDir
    Path dir;
    final Clock clock = Clock.systemUTC();
    HsaId unit;
    HsaId kerstinId;
    Device tablet;
    Device laptop;
    Device secondLaptop;

    /** One device: its own encrypted store, its signed-in user, its own connection to the server. */
    record Device(StoreSession session, NoteWorkflow workflow, ServerReview review) implements AutoCloseable {
        @Override
        public void close() {
            session.close();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = JpaFhirServer.sharedOnPostgres();
    }

    @BeforeEach
    void devices() throws Exception {
        String run = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)).toUpperCase();
        unit = HsaId.of("SE2321000016-E" + run);
        kerstinId = HsaId.of("SE2321000016-K" + run);
        tablet = device("tablet", "kerstin", "Kerstin Klinik", Role.CLINICIAN, kerstinId, server.baseUrl());
        laptop = device("laptop", "rolf", "Rolf Granskare", Role.REVIEWER, HsaId.of("SE2321000016-R" + run), server.baseUrl());
        secondLaptop = device("laptop2", "siv", "Siv Granskare", Role.REVIEWER, HsaId.of("SE2321000016-S" + run), server.baseUrl());
    }

    @AfterEach
    void close() {
        for (Device d : new Device[] {tablet, laptop, secondLaptop}) {
            if (d != null) {
                d.close();
            }
        }
    }

    private Device device(String folder, String user, String name, Role role, HsaId hsa, URI base) throws Exception {
        Vault vault = new Vault(dir.resolve(folder), new DikteraJson(), new Crypto(new SecureRandom()), clock, 8 * 1024, 1);
        String password = "en lång lösenfras om fjäll och hav " + folder;
        try (StoreSession admin = vault.createFirstAdministrator("admin", "Ada", HsaId.of("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            vault.addUser(admin, user, name, role, hsa, password.toCharArray());
        }
        StoreSession session = vault.unlock(user, password.toCharArray());
        return new Device(session, new NoteWorkflow(session, clock), review(session, base));
    }

    private ServerReview review(StoreSession session, URI base) {
        return new ServerReview(session, exchange(base), unit, base.getHost(), clock);
    }

    private ReviewExchange exchange(URI base) {
        return new FhirExporters(ForkJoinPool.commonPool()).reviews(FhirSettings.defaults(base), clock);
    }

    /** Kerstin dictates, checks and submits a draft on her tablet; it is queued for the unit's reviewers. */
    private Note dictatedAndSubmitted(String personnummer) throws Exception {
        NoteId id = NoteId.random();
        Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse(personnummer)),
                tablet.session().user().asClinician(), ContactType.HEMBESOK, "sv-journal", clock.instant());
        tablet.session().documents().put("transcript", id.toString(), new Transcript("sv", "vosk-model-small-sv-rhasspy-0.15", List.of(
                new Segment("s1", List.of(new Word("feber", 0, 500, 0.9), new Word("sedan", 500, 900, 0.9),
                        new Word("tre", 900, 1200, 0.9), new Word("dagar", 1200, 1600, 0.9)), "patient"),
                new Segment("s2", List.of(new Word("vi", 2000, 2200, 0.9), new Word("ses", 2200, 2500, 0.9)), "clinician"),
                new Segment("s3", List.of(new Word("ingen", 3000, 3300, 0.9), new Word("hosta", 3300, 3800, 0.9)), "patient"))));
        DraftedNote draft = new DraftedNote("sv-journal", "sv", List.of(
                new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(
                        Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 1600)), false),
                        Statement.drafted("Ingen hosta.", List.of(new TranscriptSpan("s3", 3000, 3800)), false))),
                new NoteSection("atgard", "Åtgärd/Planering", List.of())), List.of(), "diktera-sections-sv", List.of());
        Note note = tablet.workflow().submit(id, c, draft, Map.of());
        tablet.review().submit(note);
        return note;
    }

    private static RemoteReview inQueue(Device device, Note note) throws Exception {
        return device.review().queue().stream().filter(r -> r.packet().note().id().equals(note.id())).findFirst().orElseThrow();
    }

    private static Note stored(Device device, Note note) throws Exception {
        return device.session().documents().get("note", note.id().toString(), Note.class).orElseThrow();
    }

    private static ReviewAction done(List<ReviewAction> sent) {
        assertThat(sent).singleElement().satisfies(a -> assertThat(a.state()).as(a.lastError()).isEqualTo(ReviewAction.State.DONE));
        return sent.get(0);
    }

    @Test
    void aDraftSentBackIsResubmittedAndApprovedOnAnotherDeviceWithItsEvidenceButNotItsAudio() throws Exception {
        Note note = dictatedAndSubmitted("19121212-1212");
        done(tablet.review().sync().sent());

        RemoteReview first = inQueue(laptop, note);
        var packet = laptop.review().open(first);
        assertThat(packet.evidence()).extracting(Segment::id).as("only what the statements rest on").containsExactly("s1", "s3");
        assertThat(packet.evidence().get(0).text()).isEqualTo("feber sedan tre dagar");
        assertThat(laptop.session().documents().ids("audio")).isEmpty();
        laptop.review().sendBack(first, "Status saknas, lägg till temp.");
        done(laptop.review().sync().sent());

        ServerReview.Synced back = tablet.review().sync();
        assertThat(back.cameBack()).extracting(Note::state).containsExactly(NoteState.SENT_BACK);
        assertThat(stored(tablet, note).state()).isEqualTo(NoteState.SENT_BACK);
        assertThat(tablet.session().documents().get("send-back-comment", note.id().toString(), String.class))
                .contains("Status saknas, lägg till temp.");
        assertThat(tablet.review().sync().cameBack()).as("brought back once").isEmpty();

        Consultation c = tablet.session().documents().get("consultation", note.id().toString(), Consultation.class).orElseThrow();
        DraftedNote again = new DraftedNote(note.templateId(), note.language(), note.sections(), List.of(), "diktera-sections-sv", List.of());
        Note resubmitted = tablet.workflow().submit(note.id(), c, again, Map.of("aktuellt", "Feber sedan 3 dagar.\nIngen hosta.\nTemp 38,2."));
        assertThat(tablet.review().submit(resubmitted).request().packet().round()).isEqualTo(2);
        done(tablet.review().sync().sent());

        assertThat(laptop.review().queue()).as("the first round is gone from the queue").singleElement()
                .satisfies(r -> assertThat(r.packet().round()).isEqualTo(2));
        RemoteReview second = inQueue(laptop, note);
        assertThat(second.packet().note().sections().get(0).statements()).extracting(Statement::text).contains("Temp 38,2.");
        // Rolf adds the plan before approving: his line is kept as his, and the final note on the server has it.
        laptop.review().approve(second, NoteText.plain(second.packet().note()) + "\nÅtgärd/Planering\nÅterbesök vid behov.\n");
        ReviewAction approved = done(laptop.review().sync().sent());
        assertThat(approved.location()).startsWith("DocumentReference/");
        assertThat(approved.request().approved().note().sections().get(1).statements()).singleElement()
                .satisfies(s -> assertThat(s.writtenBy()).isEqualTo(laptop.session().user().hsaId().value()));
        DocumentReference onServer = FhirContext.forR4Cached().newRestfulGenericClient(server.baseUrl().toString()).read()
                .resource(DocumentReference.class).withId(approved.location()).execute();
        assertThat(new String(onServer.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8))
                .contains("Temp 38,2.", "Återbesök vid behov.");

        tablet.review().sync();
        assertThat(stored(tablet, note).state()).isEqualTo(NoteState.APPROVED);
        assertThat(tablet.session().documents().get(ExportRecord.KIND, note.id().toString(), ExportRecord.class)).isPresent();
        assertThat(tablet.session().audit().eventsFor(note.id().toString())).extracting(e -> e.action())
                .contains(AuditAction.REVIEW_SENT, AuditAction.SEND_BACK, AuditAction.APPROVE, AuditAction.EXPORT);
        assertThat(laptop.session().audit().eventsFor(note.id().toString())).extracting(e -> e.action())
                .contains(AuditAction.VIEW, AuditAction.SEND_BACK, AuditAction.APPROVE, AuditAction.REVIEW_SENT);

        assertThat(finalNotesFor("19121212-1212")).as("one final note on the server, the resubmitted one").singleElement()
                .satisfies(f -> assertThat(approved.location()).contains(f.id().replaceAll("/_history/.*", "")));
    }

    @Test
    void whenTwoReviewersActOnOneDraftOneWinsAndTheOtherIsToldWhoAndWhen() throws Exception {
        Note note = dictatedAndSubmitted("19870220-2386");
        tablet.review().sync();
        RemoteReview seenByRolf = inQueue(laptop, note);
        RemoteReview seenBySiv = inQueue(secondLaptop, note);

        secondLaptop.review().approve(seenBySiv);
        done(secondLaptop.review().sync().sent());
        laptop.review().sendBack(seenByRolf, "Kontrollera dosen.");
        List<ReviewAction> lost = laptop.review().sync().sent();

        assertThat(lost).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ReviewAction.State.CONFLICT);
            assertThat(a.lastProblem()).isEqualTo(Problem.REVIEW_CONFLICT);
            assertThat(a.outcome().status()).isEqualTo(RemoteReview.Status.APPROVED);
            assertThat(a.outcome().actedByName()).isEqualTo("Siv Granskare");
            assertThat(a.outcome().actedAt()).isNotNull();
        });
        assertThat(laptop.review().sync().sent()).as("a lost decision is not sent again").isEmpty();
        tablet.review().sync();
        assertThat(stored(tablet, note).state()).isEqualTo(NoteState.APPROVED);
        assertThat(finalNotesFor("19870220-2386")).hasSize(1);
    }

    @Test
    void finishedStepsAndTheNotesTheyCarryAreDeletedByRetentionButAWaitingSubmissionIsKept() throws Exception {
        Note decided = dictatedAndSubmitted("701063-2391");
        Note waiting = dictatedAndSubmitted("19121212-1212");
        tablet.review().sync();
        laptop.review().approve(inQueue(laptop, decided));
        laptop.review().sync();
        RetentionPolicy now = new RetentionPolicy(Duration.ZERO, Duration.ZERO);

        ServerReview tabletNow = new ServerReview(tablet.session(), exchange(server.baseUrl()), unit, "127.0.0.1", clock, now);
        tabletNow.sync();
        new ServerReview(laptop.session(), exchange(server.baseUrl()), unit, "127.0.0.1", clock, now).sync();

        assertThat(stored(tablet, decided).state()).isEqualTo(NoteState.APPROVED);
        assertThat(tabletNow.outbox().actions()).as("the approved note's submission is gone, the waiting one's kept")
                .extracting(a -> a.request().noteId()).containsExactly(waiting.id().toString());
        assertThat(laptop.review().outbox().actions()).as("the reviewer's device keeps no approved note").isEmpty();
        assertThat(laptop.session().audit().eventsFor(decided.id().toString())).extracting(e -> e.action())
                .contains(AuditAction.DELETE_BY_RETENTION);
    }

    @Test
    void anAuthorCannotEditADraftAlreadyInReview() throws Exception {
        Note note = dictatedAndSubmitted("811228-9874");
        Consultation c = tablet.session().documents().get("consultation", note.id().toString(), Consultation.class).orElseThrow();
        DraftedNote again = new DraftedNote(note.templateId(), note.language(), note.sections(), List.of(), "diktera-sections-sv", List.of());

        assertThatThrownBy(() -> tablet.workflow().submit(note.id(), c, again, Map.of("aktuellt", "Ändrad.")))
                .isInstanceOf(IllegalNoteTransitionException.class);
        assertThat(tablet.review().outbox().submissions(note.id().toString(), 1)).hasSize(1);
    }

    @Test
    void decisionsMadeOfflineAreKeptSentWhenTheNetworkIsBackAndCheckedAgainstTheServersVersion() throws Exception {
        Note mine = dictatedAndSubmitted("20080903-2386");
        Note alsoSiv = dictatedAndSubmitted("000101-1238");
        tablet.review().sync();
        RemoteReview seenMine = inQueue(laptop, mine);
        RemoteReview seenShared = inQueue(laptop, alsoSiv);

        // The laptop loses the network: its next connection goes to a port nobody answers.
        ServerReview offline = review(laptop.session(), URI.create("http://127.0.0.1:" + closedPort() + "/fhir"));
        offline.approve(seenMine);
        offline.sendBack(seenShared, "Saknar bedömning.");
        assertThat(offline.sync().sent()).hasSize(2).allSatisfy(a -> {
            assertThat(a.state()).isEqualTo(ReviewAction.State.RETRY);
            assertThat(a.lastProblem()).isEqualTo(Problem.SERVER_UNREACHABLE);
        });
        assertThat(laptop.review().queue()).as("what was decided here is not offered again")
                .noneMatch(r -> r.taskId().equals(seenMine.taskId()) || r.taskId().equals(seenShared.taskId()));
        // Meanwhile Siv, online, approves the second draft.
        secondLaptop.review().approve(inQueue(secondLaptop, alsoSiv));
        done(secondLaptop.review().sync().sent());

        // The network is back; the person asks for the waiting steps to go now.
        for (ReviewAction a : laptop.review().outbox().actions()) {
            laptop.review().outbox().retry(a.id());
        }
        List<ReviewAction> sent = laptop.review().sync().sent();

        assertThat(sent).extracting(a -> a.request().kind(), ReviewAction::state).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ReviewAction.Kind.APPROVE, ReviewAction.State.DONE),
                org.assertj.core.groups.Tuple.tuple(ReviewAction.Kind.SEND_BACK, ReviewAction.State.CONFLICT));
        tablet.review().sync();
        assertThat(stored(tablet, mine).state()).isEqualTo(NoteState.APPROVED);
        assertThat(stored(tablet, alsoSiv).state()).isEqualTo(NoteState.APPROVED);
        assertThat(finalNotesFor("20080903-2386")).hasSize(1);
        assertThat(finalNotesFor("000101-1238")).hasSize(1);
    }

    /** What an integrator's search ({@code diktera fhir search}) finds for the patient: final notes, never the drafts. */
    private List<FhirSearch.Found> finalNotesFor(String personnummer) throws Exception {
        List<FhirSearch.Found> found = new FhirExporters(ForkJoinPool.commonPool()).search(FhirSettings.defaults(server.baseUrl()))
                .notesOf(PersonalIdentityNumber.parse(personnummer), FhirSearch.Criteria.ALL);
        assertThat(found).as("no draft in an integrator's search").allSatisfy(f -> assertThat(f.docStatus()).isEqualTo("final"));
        return found.stream().filter(f -> "current".equals(f.status())).toList();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
