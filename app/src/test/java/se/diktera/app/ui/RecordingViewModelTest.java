package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.demo.DemoConsultation;
import se.diktera.app.dictation.DictationPipeline;
import se.diktera.app.dictation.Engines;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.StoreSession;
import se.diktera.core.transcript.Transcript;
import se.diktera.models.BundledModels;
import se.diktera.speech.audio.Microphone;

/** The recording screen's logic without a window: the demo script, pause, stop, and what is missing. */
class RecordingViewModelTest {

    static final String PASS = "fras om fjäll och hav";
    @TempDir
    Path dir;
    final Messages messages = new Messages(Locale.forLanguageTag("sv"));
    final ExecutorService background = Executors.newSingleThreadExecutor();

    final List<Engines> engines = new ArrayList<>();

    @AfterEach
    void stop() {
        background.shutdownNow();
        engines.forEach(Engines::close);
    }

    private DictationPipeline pipeline(AppContext context, StoreSession session) {
        Engines loaded = new Engines(context);
        engines.add(loaded);
        return new DictationPipeline(session, loaded, new NoteAudit(session, context.clock()));
    }

    private AppContext context(BundledModels bundled) throws Exception {
        AppContext context = new AppContext(new DikteraPaths(dir), bundled, Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"), PASS.toCharArray());
        }
        return context;
    }

    @Test
    void theDemoScriptIsHeardWordByWordThenDraftedAndStored() throws Exception {
        AppContext context = context(BundledModels.locate(RecordingViewModelTest.class));
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray())) {
            RecordingViewModel vm = new RecordingViewModel(pipeline(context, s), null, background, messages, Runnable::run);
            DemoConsultation demo = DemoConsultation.english();
            DraftedNote draft = vm.playScript(demo, 200).get(60, TimeUnit.SECONDS);

            assertThat(draft).isNotNull();
            assertThat(draft.isEmpty()).isFalse();
            assertThat(vm.liveText().get()).contains("penicillin");
            assertThat(vm.meter().elapsed().get()).isNotEqualTo("00:00");
            assertThat(vm.busy().get()).isFalse();
            assertThat(vm.transcript().get().segments()).hasSize(demo.utterances().size());
            assertThat(s.documents().get("transcript", vm.noteId().toString(), Transcript.class)).isPresent();
            assertThat(s.audit().eventsFor(vm.noteId().toString())).extracting(e -> e.action())
                    .contains(AuditAction.TRANSCRIBE, AuditAction.DRAFT);
            assertThat(draft.facts()).anySatisfy(f -> assertThat(f.text()).containsIgnoringCase("penicillin"));
        }
    }

    @Test
    void stoppingEarlyDraftsWhatWasHeardSoFarAndPauseHoldsThePlayback() throws Exception {
        AppContext context = context(BundledModels.locate(RecordingViewModelTest.class));
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray())) {
            RecordingViewModel vm = new RecordingViewModel(pipeline(context, s), null, background, messages, Runnable::run);
            var done = vm.playScript(DemoConsultation.english(), 4);
            Thread.sleep(600);
            vm.togglePause();
            assertThat(vm.paused().get()).isTrue();
            Thread.sleep(100);
            String heldAt = vm.liveText().get();
            Thread.sleep(800);
            assertThat(vm.liveText().get()).isEqualTo(heldAt);
            vm.togglePause();
            Thread.sleep(300);
            vm.stop();
            DraftedNote draft = done.get(60, TimeUnit.SECONDS);
            assertThat(draft).isNotNull();
            assertThat(vm.transcript().get().segments().size()).isLessThan(DemoConsultation.english().utterances().size());
        }
    }

    @Test
    void aMissingSpeechModelIsReportedWithTheFix() throws Exception {
        AppContext context = context(new BundledModels(dir.resolve("no-models-here")));
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray())) {
            RecordingViewModel vm = new RecordingViewModel(pipeline(context, s), null, background, messages, Runnable::run);
            vm.check().get(30, TimeUnit.SECONDS);
            assertThat(vm.readiness().modelReady().get()).isFalse();
            assertThat(vm.readiness().warning().get()).contains("ingen talmodell", "Inställningar > Modeller");
            assertThat(vm.readiness().microphonePresent().get()).isEqualTo(Microphone.isPresent());
        }
    }

    @Test
    void withTheBundledModelOnlyAMissingMicrophoneIsReported() throws Exception {
        AppContext context = context(BundledModels.locate(RecordingViewModelTest.class));
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray())) {
            RecordingViewModel vm = new RecordingViewModel(pipeline(context, s), null, background, messages, Runnable::run);
            vm.check().get(120, TimeUnit.SECONDS);
            assertThat(vm.readiness().modelReady().get()).isTrue();
            assertThat(vm.readiness().warning().get()).isEqualTo(Microphone.isPresent() ? "" : messages.get("ui.record.noMicrophone"));
        }
    }

    @Test
    void anImportedFileIsTranscribedWithProgressAndDrafted() throws Exception {
        Path wav = dir.resolve("visit.wav");
        Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(),
                "The patient has had a cough for three days. She is allergic to penicillin.").start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        AppContext context = context(BundledModels.locate(RecordingViewModelTest.class));
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray())) {
            RecordingViewModel vm = new RecordingViewModel(pipeline(context, s), null, background, messages, Runnable::run);
            java.util.List<Double> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            vm.meter().progress().addListener((obs, o, n) -> seen.add(n.doubleValue()));
            DraftedNote draft = vm.importFile(wav, "en-soap").get(120, TimeUnit.SECONDS);

            assertThat(draft).isNotNull();
            assertThat(vm.liveText().get()).contains("penicillin");
            assertThat(seen).contains(1.0).anyMatch(v -> v > 0 && v < 1);
            assertThat(s.recordings().exists(vm.noteId().toString())).isTrue();
            assertThat(s.audit().eventsFor(vm.noteId().toString()).stream().map(e -> e.action()).toList())
                    .contains(se.diktera.core.audit.AuditAction.RECORD, se.diktera.core.audit.AuditAction.DRAFT);
        }
    }

    @Test
    void aBrokenFileIsReportedAndLeavesNothingBehind() throws Exception {
        Path broken = dir.resolve("broken.wav");
        java.nio.file.Files.write(broken, "RIFF\0\0\0\0WAVEnot really audio".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        AppContext context = context(BundledModels.locate(RecordingViewModelTest.class));
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray())) {
            RecordingViewModel vm = new RecordingViewModel(pipeline(context, s), null, background, messages, Runnable::run);
            assertThat(vm.importFile(broken, "en-soap").get(120, TimeUnit.SECONDS)).isNull();
            assertThat(vm.status().get()).isEqualTo(messages.get("ui.record.failed", messages.get(Problem.AUDIO_NOT_AUDIO.key())));
            assertThat(vm.busy().get()).isFalse();
            assertThat(vm.draft().get()).isNull();
            assertThat(s.recordings().exists(vm.noteId().toString())).isFalse();
        }
    }
}
