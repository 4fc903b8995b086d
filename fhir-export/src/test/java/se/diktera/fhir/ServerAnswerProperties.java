package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import ca.uhn.fhir.context.FhirContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * Whatever a server answers (any status, any content type, FHIR cut short or changed, HTML, no
 * body), an export ends with a receipt or an {@link ExportException} with its reason and whether
 * to retry, never another exception: the outbox can always tell the clinician what happened.
 * The server is a real socket on 127.0.0.1 answering what the property gives it.
 */
class ServerAnswerProperties {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String CREATED = "{\"resourceType\":\"DocumentReference\",\"id\":\"42\",\"meta\":{\"versionId\":\"1\"},"
            + "\"status\":\"current\",\"identifier\":[{\"system\":\"https://diktera.se/fhir/sid/note-version\",\"value\":\"x\"}]}";
    private static final String OUTCOME = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
            + "\"code\":\"processing\",\"diagnostics\":\"custodian is required\"}]}";
    private static final AtomicReference<Answer> NEXT = new AtomicReference<>();
    private static HttpServer server;
    private static FhirServerExporter exporter;
    private static ApprovedNote note;

    record Answer(int status, String contentType, String body, String location) {
    }

    @BeforeContainer
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Answer a = NEXT.get();
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", a.contentType());
            if (a.location() != null) {
                exchange.getResponseHeaders().add("Location", a.location());
            }
            exchange.sendResponseHeaders(a.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        exporter = new FhirServerExporter(FhirSettings.defaults(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir")),
                FHIR, new FhirValidation(FHIR, ForkJoinPool.commonPool()));
        note = TestNotes.approved("19121212-1212");
        assertThat(exporter.check(note)).as("validated once, so each try exercises the answer only").isEmpty();
    }

    @AfterContainer
    static void stop() {
        server.stop(0);
    }

    @Property
    void anyAnswerIsAReceiptOrAReason(@ForAll("answers") Answer answer) {
        NEXT.set(answer);
        try {
            assertThat(exporter.export(note).location()).isNotBlank();
        } catch (ExportException refused) {
            assertThat(refused.problem()).isNotNull();
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("19121212");
        }
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> status = Arbitraries.of(200, 201, 204, 301, 400, 401, 404, 409, 412, 422, 429, 500, 502, 503);
        Arbitrary<String> type = Arbitraries.of("application/fhir+json", "application/json", "text/html", "text/plain",
                "application/fhir+xml", "");
        Arbitrary<String> fhirDamaged = Arbitraries.of(CREATED, OUTCOME).flatMap(json -> Arbitraries.oneOf(
                Arbitraries.integers().between(0, json.length()).map(n -> json.substring(0, n)),
                Combinators.combine(Arbitraries.integers().between(0, json.length() - 1),
                        Arbitraries.chars().with("{}[]\",:0123456789ntfalsuex".toCharArray()))
                        .as((at, c) -> json.substring(0, at) + c + json.substring(at + 1)),
                Arbitraries.just(json)));
        Arbitrary<String> body = Arbitraries.oneOf(fhirDamaged, Arbitraries.of("", "<html><body>Logga in</body></html>", "null", "[]",
                "{\"resourceType\":\"Patient\",\"id\":\"p1\"}", "{\"resourceType\":\"Bundle\",\"type\":\"searchset\"}"),
                Arbitraries.strings().ofMaxLength(100));
        Arbitrary<String> location = Arbitraries.of(null, "http://127.0.0.1/fhir/DocumentReference/42/_history/1", "not a url", "/x", "");
        return Combinators.combine(status, type, body, location).as(Answer::new);
    }
}
