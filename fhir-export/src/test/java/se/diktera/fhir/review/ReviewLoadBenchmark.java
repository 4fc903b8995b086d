package se.diktera.fhir.review;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Task;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import okhttp3.OkHttpClient;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ConsultationId;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.review.RemoteReview;
import se.diktera.core.review.ReviewConflictException;
import se.diktera.core.review.ReviewPacket;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Word;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.JpaFhirServer;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirReviewExchange;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * Simulated devices on loopback against HAPI FHIR JPA on PostgreSQL: A authors (default 50) and R
 * reviewers (default 10) of one care unit submit, review and approve N notes (default 2,000); a
 * twentieth of first submissions are sent back and resubmitted; every fifth device loses its
 * network for the middle of its work (its requests fail at once, as with no network) and queues
 * what it did, sending it when back (approvals checked against the server's version then).
 * Authors ask what came back every 2 s once their drafts are out. Prints throughput, p50/p95 per step, the conflicts, and the count on the server proving none
 * lost, none duplicated, none approved twice. A benchmark: it prints, it asserts nothing.
 * {@code ./mvnw -q -pl fhir-export test-compile exec:java -Preview-bench [-Dexec.args="N A R"]}
 */
public final class ReviewLoadBenchmark {

    static final HsaId UNIT = HsaId.of("SE2321000016-E100");
    static final String[] PATIENTS = {"19121212-1212", "811228-9874", "20080903-2386", "000101-1238", "701063-2391"};
    static final FhirContext FHIR = FhirContext.forR4Cached();

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private final AtomicInteger offlineFailures = new AtomicInteger();
    private final AtomicInteger queuedOffline = new AtomicInteger();
    private final AtomicInteger sentBack = new AtomicInteger();
    private final Set<String> notes = ConcurrentHashMap.newKeySet();
    private final JpaFhirServer server;
    private final FhirValidation validation = new FhirValidation(FHIR, ForkJoinPool.commonPool());

    private ReviewLoadBenchmark(JpaFhirServer server) {
        this.server = server;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int authors = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int reviewers = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        long t0 = System.nanoTime();
        try (JpaFhirServer server = JpaFhirServer.onPostgres(0)) {
            System.out.printf("HAPI FHIR JPA on PostgreSQL started in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            new ReviewLoadBenchmark(server).run(n, authors, reviewers);
        }
        System.exit(0);
    }

    /** One simulated device: its own connection, whose network can be cut. */
    private final class Device {
        final AtomicBoolean online = new AtomicBoolean(true);
        final FhirReviewExchange exchange;

        Device() {
            OkHttpClient.Builder http = new OkHttpClient.Builder().addInterceptor(chain -> {
                if (!online.get()) {
                    throw new IOException("no network");
                }
                return chain.proceed(chain.request());
            });
            exchange = new FhirReviewExchange(new FhirServerExporter(FhirSettings.defaults(server.baseUrl()), FHIR, validation, http),
                    Clock.systemUTC());
        }
    }

    private <T> T timed(String step, Step<T> work) throws ExportException {
        long s = System.nanoTime();
        T result = work.run();
        latencies.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - s);
        return result;
    }

    @FunctionalInterface
    interface Step<T> {
        T run() throws ExportException;
    }

    private void run(int n, int authorCount, int reviewerCount) throws Exception {
        warmUp();
        List<Clinician> authors = new ArrayList<>();
        for (int i = 0; i < authorCount; i++) {
            authors.add(new Clinician("Author " + i, Role.CLINICIAN, HsaId.of(String.format("SE2321000016-A%03d", i))));
        }
        List<Clinician> reviewers = new ArrayList<>();
        for (int i = 0; i < reviewerCount; i++) {
            reviewers.add(new Clinician("Reviewer " + i, Role.REVIEWER, HsaId.of(String.format("SE2321000016-R%03d", i))));
        }
        CountDownLatch authorsDone = new CountDownLatch(authorCount);
        AtomicBoolean stop = new AtomicBoolean();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < authorCount; i++) {
            int share = n / authorCount + (i < n % authorCount ? 1 : 0);
            Clinician a = authors.get(i);
            boolean dropping = i % 5 == 0;
            threads.add(started(new Thread(() -> {
                try {
                    author(a, share, dropping);
                } catch (Exception e) {
                    System.out.println("author failed: " + e);
                } finally {
                    authorsDone.countDown();
                }
            }, "author-" + i)));
        }
        for (int i = 0; i < reviewerCount; i++) {
            Clinician r = reviewers.get(i);
            boolean dropping = i % 5 == 0;
            long seed = i;
            threads.add(started(new Thread(() -> reviewer(r, dropping, stop, new Random(seed)), "reviewer-" + i)));
        }
        authorsDone.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        report(n, authorCount, reviewerCount, seconds);
    }

    /** Submits its share, then waits for each to come back, resubmitting what was sent back. */
    private void author(Clinician me, int share, boolean dropping) throws Exception {
        Device device = new Device();
        Map<NoteId, ReviewPacket> open = new HashMap<>();
        List<ReviewPacket> toSend = new ArrayList<>();
        for (int i = 0; i < share; i++) {
            toSend.add(packet(me, PATIENTS[i % PATIENTS.length], 1));
        }
        int done = 0;
        int step = 0;
        while (done < share) {
            step++;
            if (dropping) {
                device.online.set(step < 5 || step > 15);
            }
            for (ReviewPacket p : new ArrayList<>(toSend)) {
                try {
                    timed("submit", () -> device.exchange.submit(p, null, UNIT));
                    toSend.remove(p);
                    open.put(p.note().id(), p);
                    notes.add(p.note().id().toString());
                } catch (ExportException e) {
                    if (!e.retryable()) {
                        throw e;
                    }
                    offlineFailures.incrementAndGet();
                    break; // no network: the rest wait in the outbox
                }
            }
            if (toSend.isEmpty()) {
                try {
                    for (RemoteReview r : timed("author's decided", () -> device.exchange.decided(me.hsaId()))) {
                        ReviewPacket p = open.get(r.packet().note().id());
                        if (p == null || p.round() != r.packet().round()) {
                            continue;
                        }
                        open.remove(p.note().id());
                        if (r.status() == RemoteReview.Status.APPROVED) {
                            done++;
                        } else {
                            toSend.add(new ReviewPacket(p.note(), p.consultation(), p.evidence(), p.round() + 1));
                        }
                    }
                } catch (ExportException e) {
                    offlineFailures.incrementAndGet();
                }
            }
            Thread.sleep(toSend.isEmpty() ? 2000 : 50); // a device asks what came back every 2 s
        }
    }

    /** Takes requests from the unit's queue; approves, or sends a twentieth of first rounds back. */
    private void reviewer(Clinician me, boolean dropping, AtomicBoolean stop, Random random) {
        Device device = new Device();
        List<Object[]> queuedActions = new ArrayList<>();
        List<RemoteReview> pulled = new ArrayList<>();
        int step = 0;
        while (!stop.get()) {
            step++;
            if (dropping) {
                device.online.set(step < 20 || step > 60);
            }
            try {
                if (device.online.get()) {
                    for (Object[] action : new ArrayList<>(queuedActions)) {
                        act(device, me, (RemoteReview) action[0], (Boolean) action[1]);
                        queuedActions.remove(action);
                    }
                    pulled = new ArrayList<>(timed("reviewer's queue", () -> device.exchange.queue(me.hsaId(), List.of(UNIT), 100)));
                }
                if (pulled.isEmpty()) {
                    Thread.sleep(200);
                    continue;
                }
                // Reviewers start at different places in the queue, as people pick, so some pick the same.
                int from = random.nextInt(pulled.size());
                List<RemoteReview> picked = new ArrayList<>();
                for (int k = 0; k < Math.min(5, pulled.size()); k++) {
                    picked.add(pulled.get((from + k) % pulled.size()));
                }
                pulled.removeAll(picked);
                for (RemoteReview seen : picked) {
                    boolean approve = seen.packet().round() > 1 || random.nextInt(20) != 0;
                    if (!device.online.get()) {
                        // Reviewed on drafts pulled before the network went: queued, checked against the server when sent.
                        queuedActions.add(new Object[] {seen, approve});
                        queuedOffline.incrementAndGet();
                        continue;
                    }
                    act(device, me, seen, approve);
                }
                if (!device.online.get()) {
                    Thread.sleep(200);
                }
            } catch (ExportException e) {
                offlineFailures.incrementAndGet();
                sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void act(Device device, Clinician me, RemoteReview seen, boolean approve) throws ExportException {
        try {
            if (approve) {
                ApprovedNote approved = new ApprovedNote(seen.packet().note().withState(NoteState.APPROVED), seen.packet().consultation(),
                        me, Instant.now());
                timed("approve", () -> device.exchange.approve(seen, approved));
            } else {
                timed("send back", () -> device.exchange.sendBack(seen, me, "Komplettera bedömningen."));
                sentBack.incrementAndGet();
            }
        } catch (ReviewConflictException e) {
            conflicts.incrementAndGet();
        }
    }

    private static Thread started(Thread t) {
        t.start();
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Patients and the unit made once, and the validator and the server's queries warmed, before the clock starts. */
    private void warmUp() throws Exception {
        Device author = new Device();
        Device reviewer = new Device();
        Clinician a = new Clinician("Warm Author", Role.CLINICIAN, HsaId.of("SE2321000016-W001"));
        Clinician r = new Clinician("Warm Reviewer", Role.REVIEWER, HsaId.of("SE2321000016-W002"));
        for (String patient : PATIENTS) {
            RemoteReview seen = author.exchange.submit(packet(a, patient, 1), null, UNIT);
            reviewer.exchange.approve(seen, new ApprovedNote(seen.packet().note().withState(NoteState.APPROVED),
                    seen.packet().consultation(), r, Instant.now()));
        }
    }

    static ReviewPacket packet(Clinician author, String personnummer, int round) {
        Instant at = Instant.now();
        Consultation c = new Consultation(ConsultationId.random(), new PatientReference(PersonalIdentityNumber.parse(personnummer)),
                author, ContactType.HEMBESOK, "sv-journal", at.minusSeconds(1800), at.minusSeconds(600));
        Note note = new Note(NoteId.random(), 1, c.id(), "sv-journal", "sv", NoteState.IN_REVIEW, List.of(
                new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(
                        Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 2000)), false))),
                new NoteSection("bedomning", "Bedömning", List.of(
                        Statement.drafted("Troligen virusinfektion.", List.of(new TranscriptSpan("s2", 2500, 4000)), false)))),
                List.of("diktera-sections-sv"));
        List<Segment> evidence = List.of(
                new Segment("s1", List.of(new Word("feber", 0, 900, 0.9), new Word("sedan", 1000, 1400, 0.9),
                        new Word("tre", 1500, 1700, 0.9), new Word("dagar", 1700, 2000, 0.9)), "patient"),
                new Segment("s2", List.of(new Word("troligen", 2500, 3000, 0.9), new Word("ett", 3000, 3200, 0.9),
                        new Word("virus", 3200, 4000, 0.9)), "lakare"));
        return new ReviewPacket(note, c, evidence, round);
    }

    private void report(int n, int authors, int reviewers, double seconds) throws Exception {
        System.out.printf("%d notes, %d authors, %d reviewers (every fifth device offline part of the way): %.1f s, %.1f notes/s approved%n",
                n, authors, reviewers, seconds, n / seconds);
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            System.out.printf("  %-18s %6d calls  p50 %7.1f ms  p95 %7.1f ms%n", e.getKey(), l.size(),
                    l.get(l.size() / 2) / 1e6, l.get((int) (l.size() * 0.95)) / 1e6);
        }
        System.out.printf("  sent back and resubmitted %d; conflicts (another reviewer first) %d; requests failed offline %d;"
                + " actions queued offline %d%n", sentBack.get(), conflicts.get(), offlineFailures.get(), queuedOffline.get());
        IGenericClient client = FHIR.newRestfulGenericClient(server.baseUrl().toString());
        String system = FhirSettings.defaults(server.baseUrl()).noteVersionSystem();
        Map<String, Integer> finals = new HashMap<>();
        Bundle page = client.search().byUrl("DocumentReference?_tag:not=" + DocumentReferenceMapper.REVIEW_STAGE_SYSTEM + "|"
                + DocumentReferenceMapper.DRAFT_TAG + "&_count=500&_elements=identifier,docStatus").returnBundle(Bundle.class)
                .withAdditionalHeader("Cache-Control", "no-cache").execute();
        while (page != null) {
            for (Bundle.BundleEntryComponent e : page.getEntry()) {
                DocumentReference dr = (DocumentReference) e.getResource();
                String id = dr.getIdentifier().stream().filter(i -> system.equals(i.getSystem())).findFirst().orElseThrow().getValue();
                finals.merge(id.substring(0, id.indexOf('/')), 1, Integer::sum);
            }
            page = page.getLink(Bundle.LINK_NEXT) == null ? null : client.loadPage().next(page).execute();
        }
        Map<String, Integer> completed = new HashMap<>();
        page = client.search().byUrl("Task?status=completed&_count=500&_elements=identifier").returnBundle(Bundle.class)
                .withAdditionalHeader("Cache-Control", "no-cache").execute();
        while (page != null) {
            for (Bundle.BundleEntryComponent e : page.getEntry()) {
                String id = ((Task) e.getResource()).getIdentifierFirstRep().getValue();
                completed.merge(id.substring(0, id.indexOf('/')), 1, Integer::sum);
            }
            page = page.getLink(Bundle.LINK_NEXT) == null ? null : client.loadPage().next(page).execute();
        }
        Set<String> lost = new HashSet<>(notes);
        lost.removeAll(finals.keySet());
        long duplicated = notes.stream().filter(id -> finals.getOrDefault(id, 0) > 1).count();
        long twice = notes.stream().filter(id -> completed.getOrDefault(id, 0) > 1).count();
        System.out.printf("  on the server: %d of %d notes final, %d lost, %d duplicated, %d approved twice%n",
                notes.stream().filter(finals::containsKey).count(), notes.size(), lost.size(), duplicated, twice);
    }
}
