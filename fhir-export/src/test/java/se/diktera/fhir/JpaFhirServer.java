package se.diktera.fhir;

import java.net.InetSocketAddress;
import java.net.URI;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.test.config.TestR4Config;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;

/**
 * A real HAPI FHIR JPA server (R4, Hibernate, Lucene) behind Jetty on 127.0.0.1, started in this
 * JVM, keeping its data in H2 in memory ({@link #shared()}, about 15 s to start) or, as a region
 * runs it, in a PostgreSQL of its own ({@link #sharedOnPostgres()}, about 40 s: the schema is made
 * at start). Tests share one of each per run.
 * {@code FhirSandbox} starts the same server for integrators to try against.
 */
public final class JpaFhirServer implements AutoCloseable {

    private static JpaFhirServer shared;
    private static JpaFhirServer sharedOnPostgres;

    private final AnnotationConfigApplicationContext spring;
    private final Server jetty;
    private final URI baseUrl;
    /** The database, when the server keeps its data in PostgreSQL; null for H2 in memory. */
    private final PostgresServer postgres;

    private JpaFhirServer(AnnotationConfigApplicationContext spring, Server jetty, URI baseUrl, PostgresServer postgres) {
        this.spring = spring;
        this.postgres = postgres;
        this.jetty = jetty;
        this.baseUrl = baseUrl;
    }

    /** One server for the whole test run, stopped when the JVM exits. */
    public static synchronized JpaFhirServer shared() throws Exception {
        if (shared == null) {
            shared = start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "fhir-server-stop"));
        }
        return shared;
    }

    /** One PostgreSQL-backed server for the whole test run, stopped (with its database) when the JVM exits. */
    public static synchronized JpaFhirServer sharedOnPostgres() throws Exception {
        if (sharedOnPostgres == null) {
            sharedOnPostgres = onPostgres(0);
            Runtime.getRuntime().addShutdownHook(new Thread(sharedOnPostgres::close, "fhir-postgres-stop"));
        }
        return sharedOnPostgres;
    }

    public static JpaFhirServer start(int port) throws Exception {
        return start(new AnnotationConfigApplicationContext(TestR4Config.class), port, null);
    }

    /**
     * The same server keeping its data in PostgreSQL, as a region runs it: a cluster of its own on
     * 127.0.0.1, stopped with the server.
     */
    public static JpaFhirServer onPostgres(int port) throws Exception {
        PostgresServer postgres = PostgresServer.start(PostgresR4Config.DATABASE);
        try {
            AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
            spring.registerBean(PostgresServer.class, () -> postgres);
            spring.register(PostgresR4Config.class);
            spring.refresh();
            return start(spring, port, postgres);
        } catch (Exception | Error e) {
            postgres.close();
            throw e;
        }
    }

    private static JpaFhirServer start(AnnotationConfigApplicationContext spring, int port, PostgresServer postgres) throws Exception {
        FhirContext fhir = spring.getBean(FhirContext.class);
        JpaStorageSettings storage = spring.getBean(JpaStorageSettings.class);
        storage.setAllowMultipleDelete(true);
        RestfulServer rest = new RestfulServer(fhir);
        rest.registerProviders(spring.getBean(ResourceProviderFactory.class).createProviders());
        // Transactions and batches at the base URL, as a region's server takes them.
        rest.registerProvider(spring.getBean(JpaSystemProvider.class));
        rest.setPagingProvider(spring.getBean(DatabaseBackedPagingProvider.class));

        Server jetty = new Server(new InetSocketAddress("127.0.0.1", port));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder(rest), "/fhir/*");
        jetty.setHandler(context);
        jetty.start();
        int actual = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        URI base = URI.create("http://127.0.0.1:" + actual + "/fhir");
        // The first request warms the server up (search parameters, capability statement): ~12 s here.
        fhir.getRestfulClientFactory().setSocketTimeout(120_000);
        fhir.newRestfulGenericClient(base.toString()).capabilities()
                .ofType(org.hl7.fhir.r4.model.CapabilityStatement.class).execute();
        return new JpaFhirServer(spring, jetty, base, postgres);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public FhirContext fhirContext() {
        return spring.getBean(FhirContext.class);
    }

    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            // stopping at exit: nothing left to protect
        }
        spring.close();
        if (postgres != null) {
            postgres.close();
        }
    }
}
