package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
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
import se.diktera.core.store.StoreSession;
import se.diktera.models.BundledModels;

class ExportCommandTest {

    static final String ADMIN = "ett långt lösenord för ada";
    static final String ROLF = "fjällvandring i juli med hund";
    static final String KERSTIN = "min egen långa fras om fjäll";

    @TempDir
    Path data;
    NoteId noteId = NoteId.random();

    @BeforeEach
    void storeWithOneApprovedNoteQueued() throws Exception {
        assertThat(CliRun.withInput(ADMIN + "\n", "--data-dir", data.toString(), "users", "init", "--username", "admin", "--name", "Ada",
                "--hsa-id", "SE2321000016-0000").exitCode()).isZero();
        assertThat(CliRun.withInput(ADMIN + "\n" + ROLF + "\n", "--data-dir", data.toString(), "users", "add", "--as", "admin",
                "--username", "rolf", "--name", "Rolf Granskare", "--role", "REVIEWER", "--hsa-id", "SE2321000016-0002").exitCode()).isZero();
        assertThat(CliRun.withInput(ADMIN + "\n" + KERSTIN + "\n", "--data-dir", data.toString(), "users", "add", "--as", "admin",
                "--username", "kerstin", "--name", "Kerstin Klinik", "--role", "CLINICIAN", "--hsa-id", "SE2321000016-0001").exitCode()).isZero();
        AppContext context = new AppContext(new DikteraPaths(data), BundledModels.locate(getClass()), Clock.systemUTC());
        try (StoreSession rolf = context.vault().unlock("rolf", ROLF.toCharArray())) {
            Clinician author = new Clinician("Kerstin Klinik", Role.CLINICIAN, new HsaId("SE2321000016-0001"));
            Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse("19121212-1212", LocalDate.of(2026, 1, 1))),
                    author, ContactType.HEMBESOK, "sv-journal", Instant.parse("2026-11-23T08:00:00Z"));
            Note note = new Note(noteId, 1, c.id(), "sv-journal", "sv", NoteState.APPROVED, List.of(new NoteSection("aktuellt",
                    "Aktuellt/Anamnes", List.of(Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 900)), false)))),
                    List.of("diktera-sections-sv"));
            try (var sink = rolf.recordings().start(noteId.toString())) {
                sink.append(new byte[3200], 0, 3200);
            }
            new Outbox(rolf.documents(), rolf.audit(), n -> null, "files", Clock.systemUTC(), "rolf")
                    .enqueue(new ApprovedNote(note, c, rolf.user().asClinician(), Instant.parse("2026-11-23T09:00:00Z")));
        }
    }

    @Test
    void aReviewerSendsTheOutboxToBundleFilesAndSeesItDelivered() throws Exception {
        Path folder = data.resolve("fhir-out");

        CliRun run = CliRun.withInput(ROLF + "\n", "--data-dir", data.toString(), "--lang", "en", "export", "--as", "rolf",
                "--folder", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(noteId + "-v1", "SENT", new Messages(Locale.ENGLISH).get("export.summary", 1, 0));
        assertThat(folder.resolve(noteId + "-v1.json")).isRegularFile();
        assertThat(Files.readString(folder.resolve(noteId + "-v1.json"))).contains("DocumentReference", "191212121212");
        assertThat(run.out()).contains(new Messages(Locale.ENGLISH).get("export.retention", 1, 0));
        assertThat(data.resolve("store/audio/" + noteId + ".key")).doesNotExist();
    }

    @Test
    void aBulkDataExportWritesTheNdjsonAndItsManifestAndAuditsEachNote() throws Exception {
        Path bulk = data.resolve("bulk");

        CliRun run = CliRun.withInput(ROLF + "\n", "--data-dir", data.toString(), "--lang", "en", "export", "--as", "rolf",
                "--ndjson", bulk.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("One note written as FHIR Bulk Data", "manifest.json");
        assertThat(Files.readString(bulk.resolve("manifest.json"))).contains("\"transactionTime\"", "\"DocumentReference\"",
                "\"count\" : 1");
        assertThat(Files.readAllLines(bulk.resolve("DocumentReference.ndjson"))).singleElement()
                .satisfies(line -> assertThat(line).contains(noteId + "/v1", "DocumentReference"));
        AppContext context = new AppContext(new DikteraPaths(data), BundledModels.locate(getClass()), Clock.systemUTC());
        try (StoreSession rolf = context.vault().unlock("rolf", ROLF.toCharArray())) {
            assertThat(rolf.audit().eventsFor(noteId.toString())).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.EXPORT);
                assertThat(e.details()).containsEntry("destination", "ndjson");
            });
        }
    }

    @Test
    void mhdBundlesAreWrittenToAFolderOrSentToAServerAndEachIsAudited() throws Exception {
        Path folder = data.resolve("mhd");
        se.diktera.fhir.JpaFhirServer server = se.diktera.fhir.JpaFhirServer.shared();

        CliRun written = CliRun.withInput(ROLF + "\n", "--data-dir", data.toString(), "--lang", "en", "export", "--as", "rolf",
                "--mhd", folder.toString());
        CliRun sent = CliRun.withInput(ROLF + "\n", "--data-dir", data.toString(), "--lang", "en", "export", "--as", "rolf",
                "--mhd", server.baseUrl().toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).contains("One note handed over as MHD ITI-65 bundles.");
        assertThat(Files.readString(folder.resolve(noteId + "-v1-iti65.json"))).contains("\"transaction\"", "submissionset", "Binary");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("DocumentReference/");
        AppContext context = new AppContext(new DikteraPaths(data), BundledModels.locate(getClass()), Clock.systemUTC());
        try (StoreSession rolf = context.vault().unlock("rolf", ROLF.toCharArray())) {
            assertThat(rolf.audit().eventsFor(noteId.toString())).filteredOn(e -> e.action() == AuditAction.EXPORT)
                    .extracting(e -> e.details().get("destination")).contains("mhd-file", "mhd");
        }
    }

    @Test
    void withoutADestinationGivenTheSettingsOneAndItsRetentionAreUsed() throws Exception {
        Path folder = data.resolve("from-settings");
        AppContext context = new AppContext(new DikteraPaths(data), BundledModels.locate(getClass()), Clock.systemUTC());
        try (StoreSession admin = context.vault().unlock("admin", ADMIN.toCharArray())) {
            context.settings().save(admin, se.diktera.app.settings.ClientSettings.defaults().withDestination(null, folder)
                    .withRetention(java.time.Duration.ofDays(7), java.time.Duration.ofDays(90)));
        }

        CliRun run = CliRun.withInput(ROLF + "\n", "--data-dir", data.toString(), "--lang", "en", "export", "--as", "rolf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(folder.resolve(noteId + "-v1.json")).isRegularFile();
        assertThat(run.out()).doesNotContain("Retention");
        assertThat(data.resolve("store/audio/" + noteId + ".key")).exists();
    }

    @Test
    void audioKeptLongerStaysAfterExport() {
        CliRun run = CliRun.withInput(ROLF + "\n", "--data-dir", data.toString(), "--lang", "en", "export", "--as", "rolf",
                "--folder", data.resolve("out").toString(), "--keep-audio", "P7D");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("Retention");
        assertThat(data.resolve("store/audio/" + noteId + ".key")).exists();
    }

    @Test
    void aClinicianMayNotExport() {
        CliRun run = CliRun.withInput(KERSTIN + "\n", "--data-dir", data.toString(), "export", "--as", "kerstin",
                "--folder", data.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("may not export");
    }

    @Test
    void anUnreachableServerLeavesTheNoteQueuedWithTheReasonAndTheCommandFails() {
        CliRun run = CliRun.withInput(ROLF + "\n", "--data-dir", data.toString(), "--lang", "en", "export", "--as", "rolf",
                "--server", "http://127.0.0.1:9/fhir");

        // Scripts must be able to tell that nothing arrived.
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("RETRY", "cannot be reached", "one not yet delivered");
        assertThat(run.err()).contains("was not delivered");
    }

    @Test
    void searchingAServerThatIsDownIsOneClearLine() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "fhir", "search", "--server", "http://127.0.0.1:9/fhir", "--patient",
                "19121212-1212");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("cannot be reached").doesNotContain("\tat ");
    }

    @Test
    void plainHttpToAnotherMachineIsRefused() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "fhir", "search", "--server", "http://fhir.example.se/fhir", "--patient",
                "19121212-1212");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("https");
    }

    @Test
    void searchWithoutAServerUsesTheDevicesAndSaysSoWhenThereIsNone() {
        CliRun run = CliRun.of("--data-dir", data.toString(), "--lang", "en", "fhir", "search", "--patient", "19121212-1212");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No FHIR server is set on this device").doesNotContain("\tat ");
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String[] command : new String[][] {{"fhir", "search", "--help"}, {"export", "--help"}, {"audit", "verify", "--help"}}) {
            CliRun run = CliRun.of(command);

            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
            assertThat(run.out()).contains("Usage:", "--help");
        }
        assertThat(CliRun.of("fhir", "search", "--help").out()).contains("--since", "--last-updated", "--server");
    }
}
