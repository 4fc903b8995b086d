package se.diktera.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.Messages;
import se.diktera.app.NoteWorkflow;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.note.Fact;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;

class DraftViewModelTest {

    static final String PASS = "fras om fjäll och hav";
    @TempDir
    Path dir;
    Vault vault;
    final Messages messages = new Messages(Locale.forLanguageTag("sv"));

    final Transcript transcript = new Transcript("sv", "test", List.of(
            new Segment("s1", List.of(new Word("feber", 0, 400, 0.95), new Word("sedan", 400, 700, 0.9),
                    new Word("tre", 700, 900, 0.4), new Word("dagar", 900, 1200, 0.9)), null),
            new Segment("s2", List.of(new Word("allergisk", 2000, 2500, 0.9), new Word("mot", 2500, 2700, 0.9),
                    new Word("penicillin", 2700, 3300, 0.9)), null)));
    final TranscriptSpan fever = new TranscriptSpan("s1", 0, 1200);
    final TranscriptSpan penicillin = new TranscriptSpan("s2", 2700, 3300);
    final DraftedNote draft = new DraftedNote("sv-journal", "sv", List.of(
            new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(Statement.drafted("Feber sedan 3 dagar.", List.of(fever), true))),
            new NoteSection("allergier", "Allergier", List.of(Statement.drafted("Allergi mot penicillin.", List.of(penicillin), false)))),
            List.of(new Fact(Fact.Kind.ALLERGY, "penicillin", Map.of("substance", "penicillin"), List.of(penicillin))),
            "test", List.of());

    @BeforeEach
    void users() throws Exception {
        vault = new Vault(dir, new DikteraJson(), new Crypto(new SecureRandom()), Clock.systemUTC(), 8 * 1024, 1);
        try (StoreSession admin = vault.createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"),
                "ett långt lösenord för ada".toCharArray())) {
            vault.addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"), PASS.toCharArray());
        }
    }

    private DraftViewModel model(StoreSession session, NoteId id) {
        return new DraftViewModel(session, id, draft, transcript, messages, Runnable::run, Runnable::run, Clock.systemUTC());
    }

    private static List<String> texts(java.util.Set<DraftViewModel.TranscriptWord> words) {
        return words.stream().sorted(java.util.Comparator.comparingLong(w -> w.word().startMs())).map(w -> w.word().text()).toList();
    }

    @Test
    void theLineUnderTheCaretHighlightsTheWordsItCameFrom() throws Exception {
        try (StoreSession s = vault.unlock("kerstin", PASS.toCharArray())) {
            DraftViewModel vm = model(s, NoteId.random());
            assertThat(vm.highlighted().get()).isEmpty();
            assertThat(vm.canPlay().get()).isFalse();

            vm.focusLine("allergier", 0, DraftViewModel.text(vm.sections().get(1)));
            assertThat(texts(vm.highlighted().get())).containsExactly("penicillin");
            assertThat(vm.canPlay().get()).isTrue();

            vm.focusLine("aktuellt", 0, "Feber sedan 3 dagar.\nEgen rad.");
            assertThat(texts(vm.highlighted().get())).containsExactly("feber", "sedan", "tre", "dagar");
        }
    }

    @Test
    void aLineTheClinicianWroteOrChangedHasNoEvidence() throws Exception {
        try (StoreSession s = vault.unlock("kerstin", PASS.toCharArray())) {
            DraftViewModel vm = model(s, NoteId.random());
            vm.focusLine("aktuellt", 1, "Feber sedan 3 dagar.\nEgen rad.");
            assertThat(vm.highlighted().get()).isEmpty();
            vm.focusLine("aktuellt", 0, "Feber sedan 4 dagar.");
            assertThat(vm.highlighted().get()).isEmpty();
            assertThat(vm.canPlay().get()).isFalse();
        }
    }

    @Test
    void uncertainWordsAreKnownAndAFactShowsItsEvidence() throws Exception {
        try (StoreSession s = vault.unlock("kerstin", PASS.toCharArray())) {
            DraftViewModel vm = model(s, NoteId.random());
            assertThat(vm.words().stream().filter(w -> w.word().uncertain()).map(w -> w.word().text())).containsExactly("tre");
            vm.focusFact(0);
            assertThat(texts(vm.highlighted().get())).containsExactly("penicillin");
            assertThat(vm.uncheckedFacts()).isEqualTo(1);
            vm.facts().get(0).checked().set(true);
            assertThat(vm.uncheckedFacts()).isZero();
        }
    }

    @Test
    void playingWithoutARecordingSaysSo() throws Exception {
        try (StoreSession s = vault.unlock("kerstin", PASS.toCharArray())) {
            DraftViewModel vm = model(s, NoteId.random());
            vm.focusFact(0);
            vm.playEvidence().join();
            assertThat(vm.status().get()).isEqualTo(messages.get("ui.draft.noAudio"));
        }
    }

    @Test
    void submittingRecordsHowManyFactsWereChecked() throws Exception {
        try (StoreSession s = vault.unlock("kerstin", PASS.toCharArray())) {
            NoteId id = NoteId.random();
            DraftViewModel vm = model(s, id);
            vm.facts().get(0).checked().set(true);
            Consultation c = Consultation.begin(new PatientReference(PersonalIdentityNumber.parse("19121212-1212",
                    LocalDate.of(2026, 1, 1))), s.user().asClinician(), ContactType.HEMBESOK, "sv-journal", Instant.now());
            vm.submit(new NoteWorkflow(s, Clock.systemUTC()), c, Map.of("aktuellt", "Feber sedan 3 dagar.",
                    "allergier", "Allergi mot penicillin."));
            assertThat(s.audit().eventsFor(id.toString())).filteredOn(e -> e.action() == AuditAction.EDIT)
                    .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("factsChecked", "1").containsEntry("factsFound", "1"));
        }
    }
}
