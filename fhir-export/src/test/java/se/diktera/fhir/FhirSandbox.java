package se.diktera.fhir;

/**
 * Starts the test suite's HAPI FHIR JPA server for integrators to try against:
 * {@code ./mvnw -q -pl fhir-export test-compile exec:java -Pfhir-sandbox} (see the README).
 * Data lives in memory and is gone when the process stops.
 */
public final class FhirSandbox {

    private FhirSandbox() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        JpaFhirServer server = JpaFhirServer.start(port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "fhir-sandbox-stop"));
        System.out.println("FHIR R4 sandbox (HAPI FHIR JPA, H2 in memory) at " + server.baseUrl() + " - Ctrl-C stops it");
        Thread.currentThread().join();
    }
}
