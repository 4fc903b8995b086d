package se.diktera.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.SampleDomain;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;
import se.diktera.core.testing.MutableClock;

/**
 * The review queue's bookkeeping with a scripted exchange (the seam); the real exchange, on a
 * PostgreSQL-backed HAPI server, is tested in fhir-export and, device to device, in the app.
 */
class ReviewOutboxTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
    StoreSession session;
    final Deque<Object> script = new ArrayDeque<>();
    final List<ReviewAction.Kind> reached = new ArrayList<>();
    static final Clinician ROLF = new Clinician("Rolf", Role.REVIEWER, new HsaId("SE2321000016-0002"));

    final ReviewExchange scripted = new ReviewExchange() {
        private Object next(ReviewAction.Kind kind) throws ExportException {
            Object next = script.isEmpty() ? "ok" : script.poll();
            if (next instanceof ExportException e) {
                throw e;
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            reached.add(kind);
            return next;
        }

        @Override
        public RemoteReview submit(ReviewPacket packet, HsaId reviewer, HsaId unit) throws ExportException {
            next(ReviewAction.Kind.SUBMIT);
            return requested(packet);
        }

        @Override
        public List<RemoteReview> queue(HsaId reviewer, List<HsaId> units, int most) {
            return List.of();
        }

        @Override
        public List<RemoteReview> decided(HsaId author) {
            return List.of();
        }

        @Override
        public RemoteReview read(String taskId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ExportReceipt approve(RemoteReview seen, ApprovedNote approved) throws ExportException {
            next(ReviewAction.Kind.APPROVE);
            return new ExportReceipt("DocumentReference/9", false);
        }

        @Override
        public RemoteReview sendBack(RemoteReview seen, Clinician reviewer, String comment) throws ExportException {
            next(ReviewAction.Kind.SEND_BACK);
            return new RemoteReview(seen.taskId(), "2", seen.packet(), RemoteReview.Status.SENT_BACK, comment, reviewer.hsaId(),
                    reviewer.name(), clock.instant());
        }
    };

    @BeforeEach
    void store() throws Exception {
        Vault vault = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), clock, 8 * 1024, 1);
        session = vault.createFirstAdministrator("ada", "Ada", new HsaId("SE2321000016-0000"), "en lång fras om fjäll".toCharArray());
    }

    private ReviewOutbox outbox() {
        return new ReviewOutbox(session.documents(), session.audit(), scripted, "fhir", clock, "device");
    }

    private static ReviewPacket packet(int round) {
        return new ReviewPacket(SampleDomain.note(NoteState.IN_REVIEW), SampleDomain.consultation(),
                SampleDomain.transcript().segments(), round);
    }

    private RemoteReview requested(ReviewPacket packet) {
        return new RemoteReview("Task/7", "1", packet, RemoteReview.Status.REQUESTED, null, null, null, clock.instant());
    }

    private static ApprovedNote approved(ReviewPacket packet) {
        return new ApprovedNote(packet.note().withState(NoteState.APPROVED), packet.consultation(), ROLF,
                Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void aSubmissionIsStoredSentOnceAndAuditedWithoutPatientData() throws Exception {
        ReviewPacket packet = packet(1);
        outbox().enqueue(ReviewAction.Request.submit(packet, null, HsaId.of("SE2321000016-00AB")));
        outbox().enqueue(ReviewAction.Request.submit(packet, null, HsaId.of("SE2321000016-00AB")));

        List<ReviewAction> sent = outbox().sendDue();

        assertThat(sent).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ReviewAction.State.DONE);
            assertThat(a.outcome().taskId()).isEqualTo("Task/7");
            assertThat(a.outcome().packet().evidence()).hasSameSizeAs(packet.evidence());
        });
        assertThat(outbox().sendDue()).isEmpty();
        assertThat(reached).containsExactly(ReviewAction.Kind.SUBMIT);
        String noteId = packet.note().id().toString();
        assertThat(outbox().submissions(noteId, packet.note().version())).hasSize(1);
        assertThat(session.audit().eventsFor(noteId)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REVIEW_SENT);
            assertThat(e.details()).containsEntry("step", "SUBMIT").containsEntry("task", "Task/7");
            assertThat(e.details().values()).noneMatch(v -> v.contains("1212"));
        });
    }

    @Test
    void anApprovalMadeOfflineWaitsWithBackoffAndGoesWhenTheServerIsBack() throws Exception {
        ReviewPacket packet = packet(1);
        outbox().enqueue(ReviewAction.Request.approve(requested(packet), approved(packet)));
        script.add(new ExportException(Problem.SERVER_UNREACHABLE, "no network", true, null));

        assertThat(outbox().sendDue()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ReviewAction.State.RETRY);
            assertThat(a.lastProblem()).isEqualTo(Problem.SERVER_UNREACHABLE);
            assertThat(a.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(5));
        });
        assertThat(outbox().sendDue()).as("not due yet").isEmpty();
        clock.advance(Duration.ofSeconds(5));

        assertThat(outbox().sendDue()).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo(ReviewAction.State.DONE);
            assertThat(a.location()).isEqualTo("DocumentReference/9");
        });
        assertThat(session.audit().eventsFor(packet.note().id().toString())).extracting(e -> e.action())
                .containsExactly(AuditAction.REVIEW_SEND_FAILED, AuditAction.REVIEW_SENT);
    }

    @Test
    void aDecisionThatLostToAnotherReviewerEndsAsAConflictWithWhoAndWhenAndIsNotRetried() throws Exception {
        ReviewPacket packet = packet(1);
        RemoteReview seen = requested(packet);
        RemoteReview now = new RemoteReview("Task/7", "2", packet, RemoteReview.Status.APPROVED, null,
                HsaId.of("SE2321000016-0003"), "Maja", Instant.parse("2026-12-02T09:30:00Z"));
        outbox().enqueue(ReviewAction.Request.sendBack(seen, ROLF, "Saknar status."));
        script.add(new ReviewConflictException("changed", now));

        ReviewAction lost = outbox().sendDue().get(0);

        assertThat(lost.state()).isEqualTo(ReviewAction.State.CONFLICT);
        assertThat(lost.lastProblem()).isEqualTo(Problem.REVIEW_CONFLICT);
        assertThat(lost.outcome().actedByName()).isEqualTo("Maja");
        clock.advance(Duration.ofHours(1));
        assertThat(outbox().sendDue()).isEmpty();
        assertThat(outbox().retry(lost.id()).state()).as("a lost decision is not tried again").isEqualTo(ReviewAction.State.CONFLICT);
        assertThat(outbox().enqueue(ReviewAction.Request.approve(seen, approved(packet))).request().kind())
                .as("a request is decided once on a device").isEqualTo(ReviewAction.Kind.SEND_BACK);
    }

    @Test
    void aRefusalParksTheStepUntilAPersonRetriesIt() throws Exception {
        ReviewPacket packet = packet(2);
        outbox().enqueue(ReviewAction.Request.submit(packet, HsaId.of("SE2321000016-0002"), null));
        script.add(new ExportException(Problem.NOTE_INVALID, "invalid", false, null));
        script.add(new IllegalStateException("nonsense"));

        ReviewAction parked = outbox().sendDue().get(0);
        assertThat(parked.state()).isEqualTo(ReviewAction.State.PARKED);
        clock.advance(Duration.ofHours(1));
        assertThat(outbox().sendDue()).isEmpty();

        outbox().retry(parked.id());
        assertThat(outbox().sendDue()).singleElement().satisfies(a -> {
            assertThat(a.state()).as("an answer not understood is retried").isEqualTo(ReviewAction.State.RETRY);
            assertThat(a.lastProblem()).isEqualTo(Problem.SERVER_ANSWER_UNUSABLE);
        });
    }

    @Test
    void aFinishedStepCanBeForgottenByRetentionAndAWaitingOneCannot() throws Exception {
        ReviewPacket packet = packet(1);
        ReviewAction sent = outbox().enqueue(ReviewAction.Request.submit(packet, null, HsaId.of("SE2321000016-00AB")));
        // Queued a moment later, so it is sent second: two steps queued at one instant go in the order of their ids.
        clock.advance(Duration.ofSeconds(1));
        ReviewAction waiting = outbox().enqueue(ReviewAction.Request.approve(requested(packet(1)), approved(packet(1))));
        script.add("ok");
        script.add(new ExportException(Problem.SERVER_UNREACHABLE, "no network", true, null));
        outbox().sendDue();

        assertThat(outbox().forget(waiting.id())).isFalse();
        assertThat(outbox().forget(sent.id())).isTrue();
        assertThat(outbox().actions()).extracting(ReviewAction::id).containsExactly(waiting.id());
        assertThat(session.audit().eventsFor(packet.note().id().toString())).extracting(e -> e.action())
                .endsWith(AuditAction.DELETE_BY_RETENTION);
    }

    @Test
    void aStepNeedsWhatItIsAbout() {
        assertThatThrownBy(() -> ReviewAction.Request.submit(packet(1), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewAction.Request.sendBack(requested(packet(1)), ROLF, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
