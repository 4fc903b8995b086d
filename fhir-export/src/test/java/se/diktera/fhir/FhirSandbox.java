package se.diktera.fhir;

/**
 * Starts the test suite's HAPI FHIR JPA server for integrators to try against:
 * {@code ./mvnw -q -pl fhir-export test-compile exec:java -Pfhir-sandbox} (see the README), with
 * its data in H2 in memory, or with {@code -Dexec.args="8080 postgres"} in a PostgreSQL of its own,
 * as a region runs it (Debian's {@code postgresql} package). Either way the data is gone when the
 * process stops.
 */
public final class FhirSandbox {

    private FhirSandbox() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        boolean postgres = args.length > 1 && args[1].equals("postgres");
        JpaFhirServer server = postgres ? JpaFhirServer.onPostgres(port) : JpaFhirServer.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fhir-sandbox-stop"));
        System.out.println("FHIR R4 sandbox (HAPI FHIR JPA, " + (postgres ? "PostgreSQL" : "H2 in memory") + ") at "
                + server.baseUrl() + " - Ctrl-C stops it");
        Thread.currentThread().join();
    }
}
