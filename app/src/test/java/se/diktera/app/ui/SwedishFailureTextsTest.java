package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.NoteWorkflow;
import se.diktera.app.dictation.DictationPipeline;
import se.diktera.app.dictation.Engines;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;
import se.diktera.core.transcript.Transcript;
import se.diktera.models.BundledModels;
import se.diktera.models.ModelKind;

/**
 * Each screen's failure, driven for real in Swedish: the text shown is the screen's own key with
 * the reason's text from the Swedish bundle, never the engine's or the store's English message.
 */
class SwedishFailureTextsTest {

    static final String PASS = "fras om fjäll och hav";
    static final String ADMIN_PASS = "ett långt lösenord för ada";
    final Messages sv = new Messages(Locale.forLanguageTag("sv"));

    @TempDir
    Path dir;

    private String expected(String screenKey, Problem problem) {
        return sv.get(screenKey, sv.get(problem.key()));
    }

    private AppContext context(BundledModels bundled) throws Exception {
        AppContext context = new AppContext(new DikteraPaths(dir.resolve("home")), bundled, Clock.systemUTC());
        try (StoreSession admin = context.vault().createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                ADMIN_PASS.toCharArray())) {
            context.vault().addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"), PASS.toCharArray());
        }
        return context;
    }

    @Test
    void recordingWithoutASpeechModel() throws Exception {
        AppContext context = context(new BundledModels(dir.resolve("no-models-here")));
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray()); Engines engines = new Engines(context)) {
            RecordingViewModel vm = new RecordingViewModel(new DictationPipeline(s, engines, new NoteAudit(s, context.clock())),
                    null, Runnable::run, sv, Runnable::run);
            vm.check().get(30, TimeUnit.SECONDS);
            assertThat(vm.readiness().warning().get())
                    .isEqualTo(sv.get("ui.record.noModel", sv.get(Problem.BUNDLED_MODEL_MISSING.key())));
        }
    }

    @Test
    void recordingFromAFileThatIsNoAudio() throws Exception {
        AppContext context = context(BundledModels.locate(SwedishFailureTextsTest.class));
        Path notAudio = Files.writeString(dir.resolve("anteckning.wav"), "det här är text, inget ljud", StandardCharsets.UTF_8);
        try (StoreSession s = context.vault().unlock("kerstin", PASS.toCharArray()); Engines engines = new Engines(context)) {
            RecordingViewModel vm = new RecordingViewModel(new DictationPipeline(s, engines, new NoteAudit(s, context.clock())),
                    null, Runnable::run, sv, Runnable::run);
            assertThat(vm.importFile(notAudio, "sv-journal").get(120, TimeUnit.SECONDS)).isNull();
            assertThat(vm.status().get()).isEqualTo(expected("ui.record.failed", Problem.AUDIO_NOT_AUDIO));
            assertThat(vm.busy().get()).isFalse();
        }
    }

    @Test
    void importingAModelThatIsNoArchive() throws Exception {
        AppContext context = context(new BundledModels(dir.resolve("no-models-here")));
        Path notZip = Files.writeString(dir.resolve("modell.zip"), "inget arkiv", StandardCharsets.UTF_8);
        try (StoreSession admin = context.vault().unlock("admin", ADMIN_PASS.toCharArray())) {
            SettingsViewModel vm = new SettingsViewModel(context, admin, sv, Runnable::run, Runnable::run);
            assertThat(vm.importModel(notZip, "sv", ModelKind.SPEECH).get(30, TimeUnit.SECONDS)).isNull();
            assertThat(vm.status().get()).isEqualTo(expected("ui.settings.importFailed", Problem.ARCHIVE_UNREADABLE));
            assertThat(vm.importing().get()).isFalse();
        }
    }

    @Test
    void signingInWithTheWrongPassphraseAndMakingAnAdministratorWithAWeakOne() throws Exception {
        AppContext context = context(new BundledModels(dir.resolve("no-models-here")));
        SignInViewModel signIn = new SignInViewModel(context.vault(), Runnable::run, sv);
        signIn.username().set("kerstin");
        signIn.passphrase().set("fel fras om fjäll");
        assertThat(signIn.signIn(Runnable::run).get(30, TimeUnit.SECONDS)).isNull();
        assertThat(signIn.error().get()).isEqualTo(sv.get(Problem.PASSPHRASE_WRONG.key()));

        FirstRunViewModel first = new FirstRunViewModel(context, Runnable::run, sv);
        first.username().set("ada");
        first.name().set("Ada Administratör");
        first.hsaId().set("SE2321000016-0009");
        first.passphrase().set("kort");
        first.repeated().set("kort");
        assertThat(first.create(Runnable::run).get(30, TimeUnit.SECONDS)).isNull();
        assertThat(first.error().get()).isEqualTo(sv.get("ui.firstRun.weak", sv.get("ui.passphrase.TOO_SHORT"), 12));
        first.passphrase().set("en lång fras om fjällen i väster");
        first.repeated().set("en lång fras om fjällen i väster");
        // The device has users already: the store refuses a second first administrator.
        assertThat(first.create(Runnable::run).get(30, TimeUnit.SECONDS)).isNull();
        assertThat(first.error().get()).isEqualTo(expected("ui.firstRun.failed", Problem.UNEXPECTED));
    }

    @Test
    void submittingWithoutTheRightAndAnOutboxTheServerRefuses() throws Exception {
        Vault vault = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), Clock.systemUTC(), 8 * 1024, 1);
        try (StoreSession admin = vault.createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                ADMIN_PASS.toCharArray())) {
            vault.addUser(admin, "rolf", "Rolf", Role.REVIEWER, new HsaId("SE2321000016-0002"), PASS.toCharArray());
        }
        try (StoreSession s = vault.unlock("rolf", PASS.toCharArray())) {
            Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse("19121212-1212",
                    LocalDate.of(2026, 1, 1))), new Clinician("Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001")),
                    ContactType.HEMBESOK, "sv-journal", Instant.now());
            DraftedNote draft = new DraftedNote("sv-journal", "sv", List.of(new NoteSection("aktuellt", "Aktuellt/Anamnes",
                    List.of(Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 900)), false)))), List.of(), "test", List.of());
            DraftViewModel vm = new DraftViewModel(s, NoteId.random(), draft, new Transcript("sv", "test", List.of()), sv, Runnable::run,
                    Runnable::run, Clock.systemUTC());
            NoteWorkflow workflow = new NoteWorkflow(s, Clock.systemUTC());
            // A reviewer may not submit drafts: the store refuses, and says so in Swedish.
            assertThat(vm.submit(workflow, c, Map.of("aktuellt", "Feber sedan 3 dagar.")).join()).isNull();
            assertThat(vm.status().get()).isEqualTo(expected("ui.draft.submitFailed", Problem.ACCESS_DENIED));

            Outbox refusing = new Outbox(s.documents(), s.audit(), n -> {
                throw new ExportException(Problem.SERVER_REFUSED, "The FHIR server answered 422: custodian is required", false, null);
            }, "fhir", Clock.systemUTC(), "test");
            Note note = new Note(NoteId.random(), 1, c.id(), "sv-journal", "sv", NoteState.APPROVED, List.of(), List.of());
            refusing.enqueue(new ApprovedNote(note, c, new Clinician("Rolf", Role.REVIEWER, new HsaId("SE2321000016-0002")),
                    Instant.now()));
            refusing.sendDue();
            OutboxViewModel outbox = new OutboxViewModel(refusing, sv, () -> {
                throw new ExportException(Problem.SERVER_UNREACHABLE, "The FHIR server fhir.example cannot be reached", true, null);
            }, Runnable::run, Runnable::run);
            assertThat(outbox.items()).singleElement().asString().endsWith(sv.get(Problem.SERVER_REFUSED.key()))
                    .doesNotContain("custodian");
            outbox.sendNow().join();
            assertThat(outbox.status().get()).isEqualTo(expected("ui.outbox.sendFailed", Problem.SERVER_UNREACHABLE));
        }
    }
}
