package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import ca.uhn.fhir.context.FhirContext;
import okhttp3.OkHttpClient;

import se.diktera.core.engine.ExportException;
import se.diktera.core.problem.Problem;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * Plain http is decided on the connection, not the name: "localhost" that resolves to another
 * machine gets nothing, and the bearer token travels over TLS only, never in plain text, not even
 * to this machine. The servers here are real sockets (the JDK's HTTP and HTTPS servers); the
 * resolver is the seam, since the test cannot change what this machine's names resolve to.
 */
class TransportSecurityTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String TOKEN = "eyJ.secret-token.sig";
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aNameThatResolvesToAnotherMachineGetsNothingOverPlainHttp() throws Exception {
        Optional<InetAddress> elsewhere = nonLoopbackAddress();
        assumeTrue(elsewhere.isPresent(), "this machine has a network address other than loopback");
        server = HttpServer.create(new InetSocketAddress(elsewhere.get(), 0), 0);
        listen(server);
        URI base = URI.create("http://localhost:" + server.getAddress().getPort() + "/fhir");
        OkHttpClient.Builder resolvingElsewhere = new OkHttpClient.Builder().dns(host -> List.of(elsewhere.get()));
        FhirServerExporter exporter = new FhirServerExporter(FhirSettings.defaults(base).withBearerToken(TOKEN), FHIR,
                new FhirValidation(FHIR, ForkJoinPool.commonPool()), resolvingElsewhere);

        assertThatThrownBy(() -> exporter.export(TestNotes.approved("19121212-1212")))
                .isInstanceOfSatisfying(ExportException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.SERVER_NOT_SECURE);
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(authorizations).as("requests that reached the other machine").isEmpty();
    }

    @Test
    void theTokenIsNotSentOverPlainHttpEvenToThisMachine() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        listen(server);
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/fhir");
        FhirServerExporter exporter = new FhirServerExporter(FhirSettings.defaults(base).withBearerToken(TOKEN), FHIR,
                new FhirValidation(FHIR, ForkJoinPool.commonPool()));

        assertThatThrownBy(() -> exporter.export(TestNotes.approved("19121212-1212"))).isInstanceOf(ExportException.class);
        assertThat(authorizations).as("the request arrived").isNotEmpty().containsOnly("none");
    }

    @Test
    void theTokenIsSentOverTls(@TempDir Path dir) throws Exception {
        TestTls tls = TestTls.forLocalhost(dir);
        server = tls.server();
        listen(server);
        URI base = URI.create("https://localhost:" + server.getAddress().getPort() + "/fhir");
        FhirServerExporter exporter = new FhirServerExporter(FhirSettings.defaults(base).withBearerToken(TOKEN), FHIR,
                new FhirValidation(FHIR, ForkJoinPool.commonPool()), tls.trustingClient());

        assertThatThrownBy(() -> exporter.export(TestNotes.approved("19121212-1212")))
                .as("the test server answers 500 to everything").isInstanceOf(ExportException.class);
        assertThat(authorizations).as("the request arrived").isNotEmpty().containsOnly("Bearer " + TOKEN);
    }

    /** Records each request's Authorization header ("none" when absent) and answers 500. */
    private void listen(HttpServer s) {
        s.createContext("/", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            authorizations.add(auth == null ? "none" : auth);
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        s.start();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
