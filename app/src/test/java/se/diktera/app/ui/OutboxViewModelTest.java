package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.Messages;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.problem.Problem;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;

/** The outbox view model on its own: JavaFX properties, no toolkit. */
class OutboxViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aParkedNoteShowsWhyAndCanBeRetriedASentOneCannot() throws Exception {
        StoreSession session = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), Clock.systemUTC(), 8 * 1024, 1)
                .createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"), "ett långt lösenord för ada".toCharArray());
        Clinician author = new Clinician("Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"));
        Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse("19121212-1212", LocalDate.of(2026, 1, 1))),
                author, ContactType.HEMBESOK, "sv-journal", Instant.parse("2026-11-23T08:00:00Z"));
        Note note = new Note(NoteId.random(), 1, c.id(), "sv-journal", "sv", NoteState.APPROVED, List.of(), List.of());
        Outbox refusing = new Outbox(session.documents(), session.audit(), n -> {
            throw new ExportException(Problem.SERVER_REFUSED, "The FHIR server answered 422: custodian is required", false, null);
        }, "fhir", Clock.systemUTC(), "test");
        refusing.enqueue(new ApprovedNote(note, c, session.user().asClinician(), Instant.parse("2026-11-23T09:00:00Z")));
        refusing.sendDue();

        OutboxViewModel vm = new OutboxViewModel(refusing, new Messages(Locale.ENGLISH));

        assertThat(vm.items()).singleElement().asString().contains("19121212-1212", "stopped", new Messages(Locale.ENGLISH).get(Problem.SERVER_REFUSED.key()));
        assertThat(vm.canRetry().get()).isFalse();
        vm.select(0);
        assertThat(vm.canRetry().get()).isTrue();
        vm.retrySelected().join();
        assertThat(vm.items()).singleElement().asString().contains("queued");
        assertThat(vm.status().get()).contains("Queued again", new Messages(Locale.ENGLISH).get("ui.outbox.summary", 1, 1));
        session.close();
    }
}
