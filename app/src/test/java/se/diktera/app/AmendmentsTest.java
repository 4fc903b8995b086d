package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.uhn.fhir.context.FhirContext;
import se.diktera.app.cli.CliRun;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.config.DikteraPaths;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.lifecycle.IllegalNoteTransitionException;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.store.AccessDeniedException;
import se.diktera.core.store.RetentionPolicy;
import se.diktera.core.store.StoreSession;
import se.diktera.fhir.JpaFhirServer;
import se.diktera.models.BundledModels;

/**
 * Corrections and withdrawals as the client makes them, against the real HAPI JPA server and in
 * files: the author (or a reviewer) amends an approved note, someone else reviews the amendment,
 * and the export replaces the old version (superseded, the chain visible in {@code fhir search});
 * a note that should never have been sent is entered in error everywhere it went.
 */
class AmendmentsTest {

    static final String ADMIN = "ett långt lösenord för ada";
    static final String ROLF = "fjällvandring i juli med hund";
    static final String KERSTIN = "min egen långa fras om fjäll";
    static final String BRITT = "granskar på kvällen vid sjön";
    static final String PATIENT = "19870220-2386";

    @TempDir
    Path data;
    AppContext context;

    @BeforeEach
    void users() {
        cli(ADMIN, "users", "init", "--username", "admin", "--name", "Ada", "--hsa-id", "SE2321000016-0000");
        cli(ADMIN + "\n" + KERSTIN, "users", "add", "--as", "admin", "--username", "kerstin", "--name", "Kerstin Klinik", "--role",
                "CLINICIAN", "--hsa-id", "SE2321000016-0001");
        cli(ADMIN + "\n" + ROLF, "users", "add", "--as", "admin", "--username", "rolf", "--name", "Rolf Granskare", "--role",
                "REVIEWER", "--hsa-id", "SE2321000016-0002");
        cli(ADMIN + "\n" + BRITT, "users", "add", "--as", "admin", "--username", "britt", "--name", "Britt Granskare", "--role",
                "REVIEWER", "--hsa-id", "SE2321000016-0003");
        context = new AppContext(new DikteraPaths(data), BundledModels.locate(getClass()), Clock.systemUTC());
    }

    private CliRun cli(String stdin, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--data-dir";
        all[1] = data.toString();
        all[2] = "--lang";
        all[3] = "en";
        System.arraycopy(args, 0, all, 4, args.length);
        CliRun run = CliRun.withInput(stdin + "\n", all);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private NoteId approvedNote() throws Exception {
        NoteId id = NoteId.random();
        try (StoreSession kerstin = context.vault().unlock("kerstin", KERSTIN.toCharArray())) {
            Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse(PATIENT, LocalDate.of(2026, 12, 1))),
                    kerstin.user().asClinician(), ContactType.HEMBESOK, "sv-journal", Instant.now().minus(Duration.ofHours(1)));
            DraftedNote draft = new DraftedNote("sv-journal", "sv", List.of(
                    new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(
                            Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 900)), false))),
                    new NoteSection("atgard", "Åtgärd/Planering", List.of(
                            Statement.drafted("Återbesök om 1 vecka.", List.of(new TranscriptSpan("s2", 1000, 1900)), false)))),
                    List.of(), "diktera-sections-sv", List.of());
            new NoteWorkflow(kerstin, Clock.systemUTC()).submit(id, c, draft, Map.of());
        }
        try (StoreSession rolf = context.vault().unlock("rolf", ROLF.toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(rolf, Clock.systemUTC());
            workflow.approve(workflow.reviewQueue().stream().filter(r -> r.note().id().equals(id)).findFirst().orElseThrow());
        }
        return id;
    }

    private OutboxDelivery.Worked deliver(String user, String passphrase, OutboxDelivery.Destination to) throws Exception {
        try (StoreSession s = context.vault().unlock(user, passphrase.toCharArray())) {
            return new OutboxDelivery(context).work(s, ClientSettings.defaults(), to, new RetentionPolicy(Duration.ofDays(7),
                    Duration.ofDays(90)), List.of());
        }
    }

    /** The author corrects the note on the command line; a reviewer approves version 2. */
    private void amendedAndApproved(NoteId id) throws Exception {
        Path edited = data.resolve("rättad.txt");
        Files.writeString(edited, "Aktuellt/Anamnes: Feber sedan 4 dagar.\nÅtgärd/Planering: Återbesök om 1 vecka.\n");

        CliRun amended = cli(KERSTIN, "note", "amend", "--as", "kerstin", "--edited", edited.toString(), id.toString());

        assertThat(amended.out()).contains("version 2", "IN_REVIEW");
        try (StoreSession rolf = context.vault().unlock("rolf", ROLF.toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(rolf, Clock.systemUTC());
            var item = workflow.reviewQueue().stream().filter(r -> r.note().id().equals(id)).findFirst().orElseThrow();
            assertThat(item.note().version()).isEqualTo(2);
            Note v2 = workflow.approve(item).note();
            assertThat(v2.sections().get(0).statements()).extracting(Statement::text).containsExactly("Feber sedan 4 dagar.");
            assertThat(v2.sections().get(1).statements().get(0).evidence()).as("an unchanged line keeps its evidence").isNotEmpty();
        }
    }

    @Test
    void anAmendedNoteReplacesItsVersionOnTheServerWithTheChainInTheSearch() throws Exception {
        JpaFhirServer server = JpaFhirServer.shared();
        NoteId id = approvedNote();
        deliver("rolf", ROLF, new OutboxDelivery.Destination(server.baseUrl(), null));

        amendedAndApproved(id);
        deliver("rolf", ROLF, new OutboxDelivery.Destination(server.baseUrl(), null));

        CliRun search = cli("", "fhir", "search", "--server", server.baseUrl().toString(), "--patient", PATIENT);
        assertThat(search.out().lines().filter(l -> l.endsWith(id + "/v1") && !l.contains("←"))).singleElement()
                .satisfies(l -> assertThat(l).contains("superseded", "final"));
        assertThat(search.out().lines().filter(l -> l.contains(id + "/v2"))).singleElement()
                .satisfies(l -> assertThat(l).contains("current", "amended", "← " + id + "/v1"));
    }

    @Test
    void anAmendedNoteMarksTheFileOfTheVersionItReplaces() throws Exception {
        Path folder = data.resolve("files");
        NoteId id = approvedNote();
        deliver("rolf", ROLF, new OutboxDelivery.Destination(null, folder));

        amendedAndApproved(id);
        deliver("rolf", ROLF, new OutboxDelivery.Destination(null, folder));

        FhirContext fhir = FhirContext.forR4Cached();
        DocumentReference v1File = document(fhir, folder.resolve(id + "-v1.json"));
        DocumentReference v2File = document(fhir, folder.resolve(id + "-v2.json"));
        assertThat(v1File.getStatus().toCode()).isEqualTo("superseded");
        assertThat(v2File.getDocStatus().toCode()).isEqualTo("amended");
        assertThat(v2File.getRelatesToFirstRep().getTarget().getIdentifier().getValue()).isEqualTo(id + "/v1");
        assertThat(new String(v2File.getContentFirstRep().getAttachment().getData(), StandardCharsets.UTF_8)).contains("4 dagar");
    }

    @Test
    void whoAmendsANoteMayNotApproveTheAmendment() throws Exception {
        NoteId id = approvedNote();
        try (StoreSession rolf = context.vault().unlock("rolf", ROLF.toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(rolf, Clock.systemUTC());
            workflow.amend(id, Map.of("atgard", "Återbesök om 2 veckor."));
            assertThat(workflow.reviewQueue()).as("not in the amender's own queue").noneMatch(r -> r.note().id().equals(id));
        }
        try (StoreSession britt = context.vault().unlock("britt", BRITT.toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(britt, Clock.systemUTC());
            var item = workflow.reviewQueue().stream().filter(r -> r.note().id().equals(id)).findFirst().orElseThrow();
            try (StoreSession rolf = context.vault().unlock("rolf", ROLF.toCharArray())) {
                assertThatThrownBy(() -> new NoteWorkflow(rolf, Clock.systemUTC()).approve(item)).isInstanceOf(AccessDeniedException.class);
            }
            assertThat(workflow.approve(item).note().version()).isEqualTo(2);
        }
        try (StoreSession kerstin = context.vault().unlock("kerstin", KERSTIN.toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(kerstin, Clock.systemUTC());
            NoteId draft = NoteId.random();
            assertThatThrownBy(() -> workflow.amend(draft, Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aNoteEnteredInErrorIsMarkedSoOnTheServerAndCannotBeAmended() throws Exception {
        JpaFhirServer server = JpaFhirServer.shared();
        NoteId id = approvedNote();
        deliver("rolf", ROLF, new OutboxDelivery.Destination(server.baseUrl(), null));

        CliRun withdrawn = cli(KERSTIN, "note", "withdraw", "--as", "kerstin", id.toString());
        OutboxDelivery.Worked toServer = deliver("rolf", ROLF, new OutboxDelivery.Destination(server.baseUrl(), null));

        assertThat(withdrawn.out()).contains("entered in error");
        assertThat(toServer.items()).filteredOn(i -> i.id().equals(id + "-v1" + OutboxItem.WITHDRAWAL)).singleElement()
                .satisfies(i -> assertThat(i.state()).isEqualTo(OutboxItem.State.SENT));
        CliRun search = cli("", "fhir", "search", "--server", server.baseUrl().toString(), "--patient", PATIENT, "--status",
                "entered-in-error");
        assertThat(search.out()).contains(id + "/v1");
        try (StoreSession kerstin = context.vault().unlock("kerstin", KERSTIN.toCharArray())) {
            assertThat(kerstin.documents().get("note", id.toString(), Note.class).orElseThrow().state())
                    .isEqualTo(NoteState.ENTERED_IN_ERROR);
            assertThatThrownBy(() -> new NoteWorkflow(kerstin, Clock.systemUTC()).amend(id, Map.of()))
                    .isInstanceOf(IllegalNoteTransitionException.class);
        }
    }

    @Test
    void aNoteEnteredInErrorBeforeItLeftNeverLeavesAndOneInAFileIsMarked() throws Exception {
        Path folder = data.resolve("files");
        NoteId exported = approvedNote();
        deliver("rolf", ROLF, new OutboxDelivery.Destination(null, folder));
        NoteId queued = approvedNote();

        cli(KERSTIN, "note", "withdraw", "--as", "kerstin", exported.toString());
        cli(KERSTIN, "note", "withdraw", "--as", "kerstin", queued.toString());
        deliver("rolf", ROLF, new OutboxDelivery.Destination(null, folder));

        assertThat(document(FhirContext.forR4Cached(), folder.resolve(exported + "-v1.json")).getStatus().toCode())
                .isEqualTo("entered-in-error");
        assertThat(folder.resolve(queued + "-v1.json")).as("withdrawn before it was sent: written only as withdrawn").satisfies(f ->
                assertThat(document(FhirContext.forR4Cached(), f).getStatus().toCode()).isEqualTo("entered-in-error"));
    }

    @Test
    void theModelsThatDraftNotesShipTheCardsTheirProvenanceCarries() {
        for (String language : List.of("sv", "en")) {
            assertThat(se.diktera.fhir.mapping.ModelCards.shipped().of("diktera-composer-sections-" + language)).get(
                    org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("Held-out figures", "Trained on");
        }
    }

    private static DocumentReference document(FhirContext fhir, Path file) throws Exception {
        return (DocumentReference) fhir.newJsonParser().parseResource(Bundle.class, Files.readString(file)).getEntryFirstRep().getResource();
    }
}
