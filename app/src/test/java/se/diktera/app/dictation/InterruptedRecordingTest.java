package se.diktera.app.dictation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.AppContext;
import se.diktera.app.NoteAudit;
import se.diktera.app.SpeechModelResolver;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.note.NoteId;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;

/**
 * Power loss during a consultation, twenty times: a child JVM dictating through the real pipeline
 * is killed with SIGKILL (no shutdown hook, no finally) at a random moment, and each time the
 * recording is found in the encrypted store with all but at most the last second of what the
 * recogniser had heard, with its author and its consultation; the last one is then transcribed
 * and drafted.
 */
class InterruptedRecordingTest {

    static final String PASS = "fjällbjörk och myrmark";
    static final int RUNS = 20;
    static final long SEED = 20261201L;

    @TempDir
    Path dir;

    @Test
    void aRecordingKilledAtAnyMomentIsRecoveredButForAtMostItsLastSecond() throws Exception {
        AppContext context = new AppContext(new DikteraPaths(dir), BundledModels.locate(getClass()), Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"), PASS.toCharArray());
        }
        new SpeechModelResolver(context).resolve(null, "en");
        Path wav = dir.resolve("visit.wav");
        Process speak = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(),
                "The patient has had a fever for three days and a dry cough since Monday. She takes paracetamol one gram"
                        + " three times a day. No chest pain. We will see her again in two weeks.")
                .redirectErrorStream(true).start();
        assertThat(speak.waitFor(60, TimeUnit.SECONDS) && speak.exitValue() == 0).as("espeak-ng made the WAV").isTrue();

        Random random = new Random(SEED);
        List<String> ids = new ArrayList<>();
        double mostLost = 0;
        for (int run = 0; run < RUNS; run++) {
            long killAtMs = 500 + random.nextInt(4000);
            Killed killed = recordAndKill(context, wav, killAtMs);
            ids.add(killed.id());
            try (StoreSession kerstin = context.vault().unlock("kerstin", PASS.toCharArray())) {
                InterruptedRecordings.Interrupted found = InterruptedRecordings.mine(kerstin).stream()
                        .filter(r -> r.id().equals(killed.id())).findFirst().orElseThrow(() -> new AssertionError(
                                "run " + killed + ": the recording is not found"));
                assertThat(found.seconds()).as("run %s", killed).isGreaterThanOrEqualTo(killed.heardMs() / 1000.0 - 1.0);
                mostLost = Math.max(mostLost, killed.heardMs() / 1000.0 - found.seconds());
                assertThat(found.cutShort()).isTrue();
                assertThat(found.consultation()).hasValueSatisfying(c -> assertThat(c.templateId()).isEqualTo("sv-journal"));
            }
        }
        // The figure the README quotes.
        System.out.printf("InterruptedRecordingTest: %d kills, at most %.2f s of heard audio lost%n", RUNS, Math.max(0, mostLost));
        try (StoreSession kerstin = context.vault().unlock("kerstin", PASS.toCharArray());
             Engines engines = new Engines(context)) {
            assertThat(InterruptedRecordings.mine(kerstin)).extracting(InterruptedRecordings.Interrupted::id)
                    .containsExactlyInAnyOrderElementsOf(ids);
            DictationPipeline pipeline = new DictationPipeline(kerstin, engines, new NoteAudit(kerstin, context.clock()));
            String last = ids.get(ids.size() - 1);
            DraftedNote draft = pipeline.recover(NoteId.parse(last), "en-clinic");
            assertThat(draft.sections()).isNotEmpty();
            pipeline.discard(NoteId.parse(ids.get(0)));
            assertThat(InterruptedRecordings.mine(kerstin)).extracting(InterruptedRecordings.Interrupted::id)
                    .doesNotContain(last, ids.get(0)).hasSize(RUNS - 2);
        }
    }

    private record Killed(String id, long killAtMs, long heardMs) {
    }

    private Killed recordAndKill(AppContext context, Path wav, long killAtMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                InterruptedRecordingChild.class.getName(), dir.toString(), "kerstin", PASS, wav.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String id = null;
        long heard = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("id ")) {
                    id = line.substring(3);
                } else if (line.startsWith("heard ")) {
                    heard = Long.parseLong(line.substring(6));
                    if (heard >= killAtMs) {
                        child.destroyForcibly(); // SIGKILL
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(id).as("the child started a recording").isNotNull();
        return new Killed(id, killAtMs, heard);
    }
}
