package se.diktera.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.IllegalNoteTransitionException;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.AccessDeniedException;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;

class NoteWorkflowTest {

    @TempDir
    Path dir;
    Vault vault;

    @BeforeEach
    void users() throws Exception {
        vault = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), Clock.systemUTC(), 8 * 1024, 1);
        try (StoreSession admin = vault.createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            vault.addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"), "fras om fjäll och hav".toCharArray());
            vault.addUser(admin, "rolf", "Rolf", Role.REVIEWER, new HsaId("SE2321000016-0002"), "fjällvandring i juli".toCharArray());
        }
    }

    private Note submitted(StoreSession kerstin, NoteId id, Map<String, String> edits) throws Exception {
        Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse("19121212-1212", LocalDate.of(2026, 1, 1))),
                kerstin.user().asClinician(), ContactType.HEMBESOK, "sv-journal", Instant.now());
        DraftedNote draft = new DraftedNote("sv-journal", "sv", List.of(
                new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(
                        Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 900)), false),
                        Statement.drafted("Ingen hosta.", List.of(new TranscriptSpan("s2", 1000, 1900)), false))),
                new NoteSection("atgard", "Åtgärd/Planering", List.of())), List.of(), "diktera-sections-sv", List.of());
        return new NoteWorkflow(kerstin, Clock.systemUTC()).submit(id, c, draft, edits);
    }

    @Test
    void editedLinesBecomeTheCliniciansOwnAndUnchangedLinesKeepTheirEvidence() throws Exception {
        try (StoreSession kerstin = vault.unlock("kerstin", "fras om fjäll och hav".toCharArray())) {
            Note note = submitted(kerstin, NoteId.random(), Map.of("aktuellt", "Feber sedan 3 dagar.\nHosta sedan i går.",
                    "atgard", "Återbesök vid behov."));

            assertThat(note.state()).isEqualTo(NoteState.IN_REVIEW);
            List<Statement> aktuellt = note.sections().get(0).statements();
            assertThat(aktuellt.get(0).evidence()).containsExactly(new TranscriptSpan("s1", 0, 900));
            assertThat(aktuellt.get(1).clinicianWritten()).isTrue();
            assertThat(note.sections().get(1).statements()).singleElement().satisfies(s -> assertThat(s.clinicianWritten()).isTrue());
            assertThat(kerstin.audit().eventsFor(note.id().toString())).extracting(e -> e.action())
                    .containsExactly(AuditAction.EDIT, AuditAction.STATE_CHANGE);
        }
    }

    @Test
    void aNoteAlreadyInReviewCannotBeSubmittedOverAndASentBackOneGoesBackToReview() throws Exception {
        NoteId id = NoteId.random();
        try (StoreSession kerstin = vault.unlock("kerstin", "fras om fjäll och hav".toCharArray())) {
            Note first = submitted(kerstin, id, Map.of("atgard", "Återbesök om två veckor."));
            int entries = kerstin.audit().eventsFor(id.toString()).size();

            assertThatThrownBy(() -> submitted(kerstin, id, Map.of("atgard", "Inget återbesök.")))
                    .isInstanceOf(IllegalNoteTransitionException.class);
            assertThat(kerstin.documents().get("note", id.toString(), Note.class)).contains(first);
            assertThat(kerstin.audit().eventsFor(id.toString())).as("nothing audited for the refused submission").hasSize(entries);
        }
        try (StoreSession rolf = vault.unlock("rolf", "fjällvandring i juli".toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(rolf, Clock.systemUTC());
            workflow.sendBack(workflow.reviewQueue().get(0), "Ange tid för återbesöket.");
        }
        try (StoreSession kerstin = vault.unlock("kerstin", "fras om fjäll och hav".toCharArray())) {
            Note again = submitted(kerstin, id, Map.of("atgard", "Återbesök om två veckor, tisdag kl 10."));
            assertThat(again.state()).isEqualTo(NoteState.IN_REVIEW);
            assertThat(again.sections().get(1).statements()).extracting(Statement::text)
                    .containsExactly("Återbesök om två veckor, tisdag kl 10.");
        }
    }

    @Test
    void aReviewerSeesOthersNotesApprovesThemAndTheyAreQueuedForExport() throws Exception {
        NoteId id = NoteId.random();
        try (StoreSession kerstin = vault.unlock("kerstin", "fras om fjäll och hav".toCharArray())) {
            submitted(kerstin, id, Map.of());
            assertThat(new NoteWorkflow(kerstin, Clock.systemUTC()).reviewQueue()).as("a clinician reviews nothing").isEmpty();
        }
        try (StoreSession rolf = vault.unlock("rolf", "fjällvandring i juli".toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(rolf, Clock.systemUTC());
            var queue = workflow.reviewQueue();
            assertThat(queue).singleElement().satisfies(r -> assertThat(r.note().id()).isEqualTo(id));

            var approved = workflow.approve(queue.get(0));

            assertThat(approved.note().state()).isEqualTo(NoteState.APPROVED);
            assertThat(workflow.reviewQueue()).isEmpty();
            assertThat(workflow.outbox().items()).singleElement().satisfies(i -> assertThat(i.note().note().id()).isEqualTo(id));
        }
    }

    @Test
    void aClinicianCannotApproveAndANoteSentBackLeavesTheQueue() throws Exception {
        try (StoreSession kerstin = vault.unlock("kerstin", "fras om fjäll och hav".toCharArray())) {
            submitted(kerstin, NoteId.random(), Map.of());
        }
        try (StoreSession rolf = vault.unlock("rolf", "fjällvandring i juli".toCharArray())) {
            NoteWorkflow workflow = new NoteWorkflow(rolf, Clock.systemUTC());
            var item = workflow.reviewQueue().get(0);
            try (StoreSession kerstin = vault.unlock("kerstin", "fras om fjäll och hav".toCharArray())) {
                assertThatThrownBy(() -> new NoteWorkflow(kerstin, Clock.systemUTC()).approve(item))
                        .isInstanceOf(AccessDeniedException.class);
            }
            assertThat(workflow.sendBack(item, "Komplettera statusfyndet.").state()).isEqualTo(NoteState.SENT_BACK);
            assertThat(workflow.reviewQueue()).isEmpty();
        }
    }
}
