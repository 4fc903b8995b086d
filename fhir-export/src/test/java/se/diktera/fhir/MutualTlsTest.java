package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.problem.Problem;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * Mutual TLS as a region runs it: a TLS-terminating front on 127.0.0.1 that asks every client for
 * a certificate it trusts and passes the requests on to the real HAPI FHIR JPA server behind it.
 * The device presents its certificate from a PKCS#12 file and trusts the region's authority from a
 * PEM file; without the certificate, or trusting only the JDK's authorities, nothing gets through
 * and the note stays queued with the reason.
 */
class MutualTlsTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final FhirValidation VALIDATION = new FhirValidation(FHIR, ForkJoinPool.commonPool());
    static final String DEVICE_PASSWORD = "enhetens-losen-42";
    static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "transfer-encoding", "expect", "upgrade",
            "keep-alive");
    static JpaFhirServer upstream;

    @TempDir
    static Path dir;
    static TestTls tls;
    static HttpsServer front;
    static Path device;
    static final List<String> clientSubjects = new CopyOnWriteArrayList<>();

    @BeforeEach
    void nothingSeenYet() {
        clientSubjects.clear();
    }

    @BeforeAll
    static void front() throws Exception {
        upstream = JpaFhirServer.shared();
        tls = TestTls.forLocalhost(dir);
        device = tls.clientCertificate("device", "CN=SE2321000016-0001, O=Region Test", DEVICE_PASSWORD);
        tls.clientCertificate("stranger", "CN=Someone Else", "annat-losen-99");
        front = tls.mutualServer("device");
        HttpClient http = HttpClient.newHttpClient();
        front.createContext("/", exchange -> {
            try (exchange) {
                X509Certificate client = (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
                clientSubjects.add(client.getSubjectX500Principal().getName());
                byte[] body = exchange.getRequestBody().readAllBytes();
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(
                        upstream.baseUrl().toString().replace("/fhir", "") + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                        values.forEach(v -> forward.header(name, v));
                    }
                });
                HttpResponse<byte[]> answer = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().map().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (Exception e) {
                exchange.sendResponseHeaders(502, -1);
            }
        });
        front.start();
    }

    @AfterAll
    static void stop() {
        front.stop(0);
    }

    private FhirServerExporter exporter(ClientTls mutual) {
        URI base = URI.create("https://localhost:" + front.getAddress().getPort() + "/fhir");
        return new FhirServerExporter(FhirSettings.defaults(base).withTls(mutual), FHIR, VALIDATION);
    }

    @Test
    void aNoteGoesThroughAServerThatAsksForTheDevicesCertificate() throws Exception {
        ApprovedNote note = TestNotes.approved("19121212-1212");

        ExportReceipt receipt = exporter(new ClientTls(device, DEVICE_PASSWORD, tls.serverCertificatePem())).export(note);

        assertThat(clientSubjects).isNotEmpty().allSatisfy(s -> assertThat(s).contains("CN=SE2321000016-0001"));
        DocumentReference arrived = FHIR.newRestfulGenericClient(upstream.baseUrl().toString()).read()
                .resource(DocumentReference.class).withId(receipt.location()).execute();
        assertThat(arrived.getMasterIdentifier().getValue()).contains(note.note().id().toString());
    }

    @Test
    void withoutTheCertificateTheServerRefusesAndTheNoteStaysQueuedWithTheReason() throws Exception {
        ClientTls trustOnly = new ClientTls(null, null, tls.serverCertificatePem());
        ClientTls stranger = new ClientTls(dir.resolve("stranger.p12"), "annat-losen-99", tls.serverCertificatePem());

        for (ClientTls refused : List.of(trustOnly, stranger)) {
            assertThatThrownBy(() -> exporter(refused).export(TestNotes.approved("19121212-1212")))
                    .isInstanceOfSatisfying(ExportException.class, e -> {
                        assertThat(e.problem()).as(e.getMessage()).isEqualTo(Problem.SERVER_TLS_REFUSED);
                        assertThat(e.retryable()).as("kept for when the certificate is set right").isTrue();
                        assertThat(e.getMessage()).contains("client certificate", "stays queued");
                    });
        }
        assertThat(clientSubjects).as("nothing reached the server").isEmpty();
    }

    @Test
    void aServerCertificateFromAnAuthorityTheDeviceDoesNotTrustIsRefused() {
        assertThatThrownBy(() -> exporter(new ClientTls(device, DEVICE_PASSWORD, null)).export(TestNotes.approved("19121212-1212")))
                .isInstanceOfSatisfying(ExportException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_TLS_REFUSED));
        assertThat(clientSubjects).isEmpty();
    }

    @Test
    void aWrongPasswordOrAFileWithoutAKeyIsToldBeforeAnythingIsSentAndThePasswordNeverShown() throws Exception {
        Path pem = tls.serverCertificatePem();
        for (ClientTls unusable : List.of(new ClientTls(device, "fel-losen", null), new ClientTls(pem, "", null),
                new ClientTls(device, DEVICE_PASSWORD, dir.resolve("device.p12")), new ClientTls(dir.resolve("missing.p12"), "", null))) {
            assertThatThrownBy(unusable::httpClient).isInstanceOfSatisfying(ClientTls.Unusable.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.CLIENT_CERTIFICATE_UNUSABLE);
                assertThat(e.getMessage()).doesNotContain(DEVICE_PASSWORD).doesNotContain("fel-losen");
            });
            assertThat(unusable.toString()).doesNotContain(DEVICE_PASSWORD).doesNotContain("fel-losen");
        }
    }
}
