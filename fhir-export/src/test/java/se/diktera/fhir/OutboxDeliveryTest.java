package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.testing.MutableClock;

import com.sun.net.httpserver.HttpServer;

import ca.uhn.fhir.context.FhirContext;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.people.HsaId;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirServerExporter;

/** The outbox delivering to a real HAPI FHIR JPA server through outages, crashes and refusals. */
class OutboxDeliveryTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final FhirValidation VALIDATION = new FhirValidation(FHIR, ForkJoinPool.commonPool());
    static JpaFhirServer server;
    static FhirServerExporter real;

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    StoreSession session;

    @BeforeAll
    static void startServer() throws Exception {
        server = JpaFhirServer.shared();
        real = new FhirServerExporter(FhirSettings.defaults(server.baseUrl()), FHIR, VALIDATION);
    }

    @BeforeEach
    void store() throws Exception {
        session = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), clock, 8 * 1024, 1)
                .createFirstAdministrator("ada", "Ada", new HsaId("SE2321000016-0000"), "en lång fras om fjäll".toCharArray());
    }

    private Outbox outbox(NoteExporter exporter) {
        return new Outbox(session.documents(), session.audit(), exporter, "fhir", clock, "outbox");
    }

    private static int onServer(ApprovedNote note) {
        return real.client().search().byUrl(server.baseUrl() + "/DocumentReference?identifier=" + FhirSettings.NOTE_VERSION_SYSTEM
                + "|" + note.note().id() + "/v" + note.note().version()).returnBundle(Bundle.class).execute().getTotal();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The real server until {@code upFor} notes went through, then a port where nobody listens. */
    private static NoteExporter serverThatGoesDownAfter(int upFor) throws IOException {
        FhirServerExporter down = new FhirServerExporter(FhirSettings.defaults(URI.create("http://127.0.0.1:" + freePort() + "/fhir")),
                FHIR, VALIDATION);
        int[] count = {0};
        return note -> count[0]++ < upFor ? real.export(note) : down.export(note);
    }

    @Test
    void aServerThatStopsMidQueueGetsEveryNoteExactlyOnceWhenItIsBack() throws Exception {
        List<ApprovedNote> notes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            notes.add(TestNotes.approved("19121212-1212"));
        }
        for (ApprovedNote n : notes) {
            outbox(real).enqueue(n);
            clock.advance(Duration.ofMillis(1));
        }

        List<OutboxItem> first = outbox(serverThatGoesDownAfter(2)).sendDue();
        assertThat(first).extracting(OutboxItem::state).containsExactly(OutboxItem.State.SENT, OutboxItem.State.SENT,
                OutboxItem.State.RETRY, OutboxItem.State.RETRY, OutboxItem.State.RETRY, OutboxItem.State.RETRY);
        assertThat(first.get(2).lastError()).contains("cannot be reached");

        clock.advance(Duration.ofMinutes(1));
        List<OutboxItem> second = outbox(real).sendDue();

        assertThat(second).hasSize(4).allSatisfy(i -> assertThat(i.state()).isEqualTo(OutboxItem.State.SENT));
        for (ApprovedNote n : notes) {
            assertThat(onServer(n)).isEqualTo(1);
        }
    }

    @Test
    void aCrashAfterTheServerTookANoteButBeforeTheOutboxRecordedItSendsNoCopy() throws Exception {
        ApprovedNote note = TestNotes.approved("811228-9874");
        outbox(real).enqueue(note);
        real.export(note); // the previous run sent it, then died before writing SENT

        List<OutboxItem> afterRestart = outbox(real).sendDue();

        assertThat(afterRestart).singleElement().satisfies(i -> assertThat(i.state()).isEqualTo(OutboxItem.State.SENT));
        assertThat(onServer(note)).isEqualTo(1);
        assertThat(session.audit().eventsFor(note.note().id().toString())).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("alreadyPresent", "true"));
    }

    /** A stand-in HTTP server on 127.0.0.1 answering every request with one status and body, after a delay. */
    private static HttpServer answering(int status, String body, long delayMillis) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", exchange -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stand-in-fhir");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return http;
    }

    private static FhirServerExporter exporterFor(HttpServer http, Duration readTimeout) {
        FhirSettings s = FhirSettings.defaults(URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/fhir"));
        s = new FhirSettings(s.baseUrl(), null, Duration.ofSeconds(2), readTimeout, s.personnummerSystem(),
                s.samordningsnummerSystem(), s.hsaIdSystem(), s.noteVersionSystem(), null, null, null, null, null);
        return new FhirServerExporter(s, FHIR, VALIDATION);
    }

    static final String OUTCOME = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
            + "\"code\":\"processing\",\"diagnostics\":\"Profile se-journal: DocumentReference.custodian is required\"}]}";

    @Test
    void a422WithAnOperationOutcomeParksTheNoteWithTheServersReason() throws Exception {
        HttpServer http = answering(422, OUTCOME, 0);
        try {
            outbox(real).enqueue(TestNotes.approved("121212-1212"));

            List<OutboxItem> result = outbox(exporterFor(http, Duration.ofSeconds(5))).sendDue();

            assertThat(result).singleElement().satisfies(i -> {
                assertThat(i.state()).isEqualTo(OutboxItem.State.PARKED);
                assertThat(i.lastError()).contains("422", "DocumentReference.custodian is required");
            });
        } finally {
            http.stop(0);
        }
    }

    @Test
    void a500OrATimeoutIsRetriedLater() throws Exception {
        HttpServer failing = answering(500, OUTCOME, 0);
        HttpServer slow = answering(200, "{}", 20_000);
        try {
            assertThatThrownBy(() -> exporterFor(failing, Duration.ofSeconds(5)).export(TestNotes.approved("121212-1212")))
                    .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.retryable()).isTrue());
            outbox(real).enqueue(TestNotes.approved("121212-1212"));

            List<OutboxItem> result = outbox(exporterFor(slow, Duration.ofMillis(500))).sendDue();

            assertThat(result).singleElement().satisfies(i -> {
                assertThat(i.state()).isEqualTo(OutboxItem.State.RETRY);
                assertThat(i.lastError()).containsIgnoringCase("timeout");
            });
            assertThat(session.audit().eventsFor(result.get(0).note().note().id().toString()))
                    .extracting(e -> e.action()).containsExactly(AuditAction.EXPORT_FAILED);
        } finally {
            failing.stop(0);
            slow.stop(0);
        }
    }

    @Test
    void anInvalidResourceIsNeverSent() throws Exception {
        ApprovedNote note = TestNotes.approved("121212-1212");
        FhirSettings bad = new FhirSettings(server.baseUrl(), null, Duration.ofSeconds(5), Duration.ofSeconds(30),
                "not a uri at all", FhirSettings.OID_SAMORDNINGSNUMMER, FhirSettings.OID_HSA_ID, FhirSettings.NOTE_VERSION_SYSTEM,
                null, null, null, null, null);
        FhirServerExporter exporter = new FhirServerExporter(bad, FHIR, VALIDATION);

        assertThat(exporter.check(note)).isNotEmpty();
        assertThatThrownBy(() -> exporter.export(note))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("not a valid FHIR DocumentReference", "was not sent");
                });
        assertThat(onServer(note)).isZero();
    }

    @Test
    void contentCheckedAtApprovalIsNotValidatedAgainButDifferentContentIs() throws Exception {
        FhirSettings bad = new FhirSettings(server.baseUrl(), null, Duration.ofSeconds(5), Duration.ofSeconds(30),
                "not a uri at all", FhirSettings.OID_SAMORDNINGSNUMMER, FhirSettings.OID_HSA_ID, FhirSettings.NOTE_VERSION_SYSTEM,
                null, null, null, null, null);
        FhirServerExporter exporter = new FhirServerExporter(bad, FHIR, VALIDATION);
        ApprovedNote invalid = TestNotes.approved("121212-1212");

        assertThat(exporter.check(invalid)).isNotEmpty();
        assertThatThrownBy(() -> exporter.export(invalid)).isInstanceOf(ExportException.class);
        assertThat(onServer(invalid)).as("a failed check does not open the door").isZero();
    }

    @Test
    void aNoteRoundTripsIntoARealServerThroughTheOutbox() throws Exception {
        ApprovedNote note = TestNotes.approved("701063-2391");
        outbox(real).enqueue(note);

        OutboxItem sent = outbox(real).sendDue().get(0);

        assertThat(sent.location()).startsWith("DocumentReference/");
        ExportReceipt again = real.export(note);
        assertThat(again.alreadyPresent()).isTrue();
    }
}
