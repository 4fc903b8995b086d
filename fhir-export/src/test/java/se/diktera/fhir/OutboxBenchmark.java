package se.diktera.fhir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import ca.uhn.fhir.context.FhirContext;
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

/**
 * Pushes N approved notes (default 1,000) through the encrypted outbox to the local HAPI FHIR
 * JPA server and prints notes/s and latency percentiles. A benchmark: it prints, it asserts
 * nothing. {@code ./mvnw -q -pl fhir-export test-compile exec:java -Pfhir-bench}
 */
public final class OutboxBenchmark {

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long t0 = System.nanoTime();
        JpaFhirServer server = JpaFhirServer.start(0);
        System.out.printf("server started and warmed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        FhirContext fhir = FhirContext.forR4Cached();
        FhirServerExporter real = new FhirServerExporter(FhirSettings.defaults(server.baseUrl()), fhir,
                new FhirValidation(fhir, ForkJoinPool.commonPool()));
        Path dir = Files.createTempDirectory("diktera-bench-store");
        StoreSession session = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), Clock.systemUTC())
                .createFirstAdministrator("bench", "Bench", new HsaId("SE2321000016-0000"), "en lång fras om fjäll".toCharArray());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        NoteExporter timed = note -> {
            long s = System.nanoTime();
            try {
                return real.export(note);
            } finally {
                latencies.add(System.nanoTime() - s);
            }
        };
        Outbox outbox = new Outbox(session.documents(), session.audit(), timed, "fhir", Clock.systemUTC(), "bench");
        real.export(TestNotes.approved("19121212-1212")); // warm the client and the validator
        String[] patients = {"19121212-1212", "811228-9874", "20080903-2386", "000101-1238", "701063-2391"};
        long q0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var note = TestNotes.approved(patients[i % patients.length]);
            if (!real.check(note).isEmpty()) { // what approval does: validate, show errors, queue only valid notes
                throw new IllegalStateException("invalid note");
            }
            outbox.enqueue(note);
        }
        double queueSeconds = (System.nanoTime() - q0) / 1e9;
        long s0 = System.nanoTime();
        List<OutboxItem> results = outbox.sendDue();
        double sendSeconds = (System.nanoTime() - s0) / 1e9;
        long sent = results.stream().filter(r -> r.state() == OutboxItem.State.SENT).count();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d cores, Java %s%n", Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf("approved and queued %d notes in %.1f s (validated, encrypted, fsynced)%n", n, queueSeconds);
        System.out.printf("sent %d of %d in %.1f s: %.1f notes/s through the outbox%n", sent, n, sendSeconds, sent / sendSeconds);
        System.out.printf("per note sent (patient + conditional create): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                pct(sorted, 0.50), pct(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
        List<Long> validate = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            var note = TestNotes.approved(patients[i % patients.length]);
            long v = System.nanoTime();
            real.check(note);
            validate.add(System.nanoTime() - v);
        }
        Collections.sort(validate);
        System.out.printf("validation at approval, per note: p50 %.1f ms, p95 %.1f ms (200 notes)%n",
                pct(validate, 0.50), pct(validate, 0.95));
        session.close();
        server.close();
        System.exit(0);
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
