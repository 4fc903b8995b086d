package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.sun.net.httpserver.HttpServer;

import ca.uhn.fhir.context.FhirContext;

import se.diktera.core.engine.ExportException;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * A server that answers 200 with something other than what FHIR promises (an empty body, an HTML
 * page from a proxy, JSON that is no FHIR resource): the note stays queued with a reason that
 * says so, never an internal error, never "cannot be reached". A misbehaving server on
 * 127.0.0.1 is the input here; real delivery is tested against HAPI in FhirServerExportTest.
 */
class UnusableAnswersTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private HttpServer server;

    private URI answering(String contentType, String body) throws IOException {
        return answering(200, contentType, body, null);
    }

    private URI answering(int status, String contentType, String body, String retryAfter) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            if (retryAfter != null) {
                exchange.getResponseHeaders().add("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an empty body|application/fhir+json|",
            "an HTML page|text/html|<html><body>Logga in</body></html>",
            "JSON that is no FHIR|application/json|{\"status\":\"ok\"}",
    })
    void anAnswerThatIsNotFhirKeepsTheNoteQueuedWithItsReason(String what, String contentType, String body) throws Exception {
        FhirServerExporter exporter = new FhirServerExporter(FhirSettings.defaults(answering(contentType, body == null ? "" : body)),
                FHIR, new FhirValidation(FHIR, ForkJoinPool.commonPool()));

        assertThatThrownBy(() -> exporter.export(TestNotes.approved("19121212-1212")))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.getMessage()).contains("127.0.0.1").doesNotContain("cannot be reached")
                            .doesNotContain("19121212");
                });
    }

    @org.junit.jupiter.api.Test
    void aBusyServerThatSaysWhenToComeBackIsHeard() throws Exception {
        String outcome = "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"transient\","
                + "\"diagnostics\":\"busy\"}]}";
        FhirServerExporter exporter = new FhirServerExporter(FhirSettings.defaults(answering(503, "application/fhir+json",
                outcome, "120")), FHIR, new FhirValidation(FHIR, ForkJoinPool.commonPool()));

        assertThatThrownBy(() -> exporter.export(TestNotes.approved("19121212-1212")))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.retryAfter()).as(e.getMessage() + " " + e.getCause()).hasValue(java.time.Duration.ofMinutes(2));
                });
    }
}
