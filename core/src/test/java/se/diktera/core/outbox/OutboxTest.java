package se.diktera.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

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
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.ExportRecord;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;
import se.diktera.core.testing.MutableClock;

/**
 * The outbox's bookkeeping with a scripted exporter (the seam); FHIR delivery through a real
 * server is tested in fhir-export.
 */
class OutboxTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    StoreSession session;
    final Deque<Object> script = new ArrayDeque<>();
    final List<ApprovedNote> delivered = new ArrayList<>();

    final NoteExporter scripted = note -> {
        Object next = script.isEmpty() ? "ok" : script.poll();
        if (next instanceof ExportException e) {
            throw e;
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        delivered.add(note);
        return new ExportReceipt("Server/" + delivered.size(), false);
    };

    @BeforeEach
    void store() throws Exception {
        Vault vault = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), clock, 8 * 1024, 1);
        session = vault.createFirstAdministrator("ada", "Ada", new HsaId("SE2321000016-0000"), "en lång fras om fjäll".toCharArray());
    }

    private Outbox outbox() {
        return new Outbox(session.documents(), session.audit(), scripted, "fhir", clock, "outbox");
    }

    private static ApprovedNote approved() {
        var note = SampleDomain.note(NoteState.APPROVED);
        var consultation = SampleDomain.consultation();
        return new ApprovedNote(note, consultation, new Clinician("Rolf", Role.REVIEWER, new HsaId("SE2321000016-0002")),
                Instant.parse("2026-11-23T09:00:00Z"));
    }

    @Test
    void aQueuedNoteIsSentOnceRecordedAndAudited() throws Exception {
        ApprovedNote note = approved();
        outbox().enqueue(note);
        outbox().enqueue(note);

        List<OutboxItem> sent = outbox().sendDue();

        assertThat(sent).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(OutboxItem.State.SENT);
            assertThat(i.location()).isEqualTo("Server/1");
        });
        assertThat(outbox().sendDue()).isEmpty();
        assertThat(delivered).hasSize(1);
        String noteId = note.note().id().toString();
        assertThat(session.documents().get(ExportRecord.KIND, noteId, ExportRecord.class)).isPresent();
        assertThat(session.audit().eventsFor(noteId)).extracting(e -> e.action()).containsExactly(AuditAction.EXPORT);
    }

    @Test
    void aRetryableFailureWaitsWithGrowingBackoffAndThenSucceeds() throws Exception {
        outbox().enqueue(approved());
        script.add(new ExportException(Problem.SERVER_UNREACHABLE, "server down", true, null));
        script.add(new ExportException(Problem.SERVER_UNREACHABLE, "still down", true, null));

        assertThat(outbox().sendDue()).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(OutboxItem.State.RETRY);
            assertThat(i.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(5));
            assertThat(i.lastError()).isEqualTo("server down");
        });
        assertThat(outbox().sendDue()).as("not due yet").isEmpty();
        clock.advance(Duration.ofSeconds(5));
        assertThat(outbox().sendDue()).singleElement().satisfies(i -> assertThat(i.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10)));
        clock.advance(Duration.ofSeconds(10));
        assertThat(outbox().sendDue()).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(OutboxItem.State.SENT));
        assertThat(delivered).hasSize(1);
    }

    @Test
    void aFailureARetryCannotFixIsParkedWithItsReasonUntilAPersonRetries() throws Exception {
        OutboxItem item = outbox().enqueue(approved());
        script.add(new ExportException(Problem.SERVER_REFUSED, "The FHIR server answered 422: error processing: subject is required", false, null));

        assertThat(outbox().sendDue()).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(OutboxItem.State.PARKED);
            assertThat(i.lastError()).contains("422", "subject is required");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(outbox().sendDue()).as("parked items wait for a person").isEmpty();

        outbox().retry(item.id());
        assertThat(outbox().sendDue()).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(OutboxItem.State.SENT));
        assertThat(session.audit().eventsFor(item.note().note().id().toString())).extracting(e -> e.action())
                .containsExactly(AuditAction.EXPORT_FAILED, AuditAction.EXPORT);
    }

    @Test
    void theQueueSurvivesARestart() throws Exception {
        outbox().enqueue(approved());
        outbox().enqueue(approved());

        Outbox afterRestart = new Outbox(session.documents(), session.audit(), scripted, "fhir", clock, "outbox");

        assertThat(afterRestart.items()).hasSize(2).allSatisfy(i -> assertThat(i.state()).isEqualTo(OutboxItem.State.QUEUED));
        assertThat(afterRestart.sendDue()).hasSize(2);
    }

    @Test
    void aWithdrawalTakesThePlaceOfItsVersionNeverSentAndIsSentItself() throws Exception {
        ApprovedNote note = approved();
        Outbox outbox = outbox();
        outbox.enqueue(note);
        ApprovedNote withdrawn = note.enteredInError();

        outbox.enqueue(withdrawn);

        assertThat(outbox.items()).extracting(OutboxItem::id).containsExactly(OutboxItem.idOf(withdrawn));
        assertThat(OutboxItem.idOf(withdrawn)).isEqualTo(OutboxItem.idOf(note) + OutboxItem.WITHDRAWAL);
        outbox.sendDue();
        assertThat(delivered).extracting(n -> n.note().state()).containsExactly(NoteState.ENTERED_IN_ERROR);
    }

    @Test
    void aWithdrawalOfAVersionAlreadySentKeepsItsRecordAndFollowsIt() throws Exception {
        ApprovedNote note = approved();
        Outbox outbox = outbox();
        outbox.enqueue(note);
        outbox.sendDue();
        ApprovedNote withdrawn = note.enteredInError();

        outbox.enqueue(withdrawn);
        outbox.sendDue();

        assertThat(outbox.items()).extracting(OutboxItem::state).containsExactly(OutboxItem.State.SENT, OutboxItem.State.SENT);
        assertThat(delivered).extracting(n -> n.note().state()).containsExactly(NoteState.APPROVED, NoteState.ENTERED_IN_ERROR);
    }

    @Test
    void backoffDoublesAndStopsAtFifteenMinutes() {
        assertThat(Outbox.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(Outbox.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(Outbox.backoff(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(Outbox.backoff(30)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAnswerTheExporterDidNotForeseeWaitsAndTheOthersStillGo() throws Exception {
        ApprovedNote first = approved();
        clock.advance(Duration.ofSeconds(1));
        ApprovedNote second = approved();
        outbox().enqueue(first);
        clock.advance(Duration.ofSeconds(1));
        outbox().enqueue(second);
        script.add(new IllegalStateException("no id in the answer"));

        List<OutboxItem> results = outbox().sendDue();

        assertThat(results).extracting(OutboxItem::state).containsExactly(OutboxItem.State.RETRY, OutboxItem.State.SENT);
        assertThat(results.get(0).lastError()).contains("could not be understood").doesNotContain("no id in the answer");
        assertThat(results.get(0).nextAttemptAt()).isAfter(clock.instant());
        assertThat(session.audit().eventsFor(first.note().id().toString())).extracting(e -> e.action())
                .containsExactly(AuditAction.EXPORT_FAILED);
        assertThat(delivered).containsExactly(second);
    }

    @Test
    void aDamagedItemIsReportedAndDoesNotBlockTheIntactOnes() throws Exception {
        ApprovedNote damaged = approved();
        ApprovedNote intact = approved();
        OutboxItem broken = outbox().enqueue(damaged);
        outbox().enqueue(intact);
        Path file;
        try (var files = java.nio.file.Files.walk(dir)) {
            file = files.filter(f -> f.getFileName().toString().equals(broken.id() + ".enc")).findFirst().orElseThrow();
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        java.nio.file.Files.write(file, bytes);

        assertThat(outbox().damaged()).containsExactly(broken.id());
        assertThat(outbox().sendDue()).extracting(OutboxItem::state).containsExactly(OutboxItem.State.SENT);
        assertThat(delivered).containsExactly(intact);
    }

    @Test
    void aDestinationThatAsksToWaitIsLeftAloneThatLong() throws Exception {
        outbox().enqueue(approved());
        script.add(new ExportException(Problem.SERVER_REFUSED, "busy", true, null, Duration.ofMinutes(10)));

        OutboxItem item = outbox().sendDue().get(0);

        assertThat(item.state()).isEqualTo(OutboxItem.State.RETRY);
        assertThat(item.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    }
}
