package se.diktera.fhir.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ConsultationId;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportReceipt;
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
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.server.FhirReviewExchange;
import se.diktera.fhir.server.FhirSearch;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * Review across devices against a real HAPI FHIR JPA server on PostgreSQL: each device has an
 * exchange of its own (its own connection, as two tablets would), and they meet only on the server.
 */
class FhirReviewExchangeTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final Clinician AUTHOR = new Clinician("Kerstin Klinik", Role.CLINICIAN, HsaId.of("SE2321000016-A001"));
    static final Clinician REVIEWER = new Clinician("Rolf Granskare", Role.REVIEWER, HsaId.of("SE2321000016-R001"));
    static final Clinician SECOND_REVIEWER = new Clinician("Siv Granskare", Role.REVIEWER, HsaId.of("SE2321000016-R002"));
    static final HsaId UNIT = HsaId.of("SE2321000016-E001");
    static final HsaId OTHER_UNIT = HsaId.of("SE2321000016-E002");
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    static JpaFhirServer server;
    static IGenericClient client;

    @BeforeAll
    static void start() throws Exception {
        server = JpaFhirServer.sharedOnPostgres();
        client = FHIR.newRestfulGenericClient(server.baseUrl().toString());
    }

    static FhirServerExporter connection() {
        return new FhirServerExporter(FhirSettings.defaults(server.baseUrl()), FHIR, new FhirValidation(FHIR, ForkJoinPool.commonPool()));
    }

    static FhirReviewExchange device() {
        return new FhirReviewExchange(connection(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ReviewPacket packet(String personnummer, int round) {
        Consultation c = new Consultation(ConsultationId.random(), new PatientReference(PersonalIdentityNumber.parse(personnummer)),
                AUTHOR, ContactType.HEMBESOK, "sv-journal", NOW.minusSeconds(1800), NOW.minusSeconds(600));
        Note note = new Note(NoteId.random(), 1, c.id(), "sv-journal", "sv", NoteState.IN_REVIEW, List.of(
                new NoteSection("aktuellt", "Aktuellt/Anamnes", List.of(
                        Statement.drafted("Feber sedan 3 dagar.", List.of(new TranscriptSpan("s1", 0, 2000)), false)))),
                List.of("diktera-sections-sv"));
        Segment said = new Segment("s1", List.of(new Word("feber", 0, 900, 0.9), new Word("sedan", 1000, 1400, 0.9),
                new Word("tre", 1500, 1700, 0.9), new Word("dagar", 1700, 2000, 0.9)), "patient");
        return new ReviewPacket(note, c, List.of(said), round);
    }

    static ApprovedNote approvedBy(Clinician reviewer, ReviewPacket packet) {
        return new ApprovedNote(packet.note().withState(NoteState.APPROVED), packet.consultation(), reviewer, NOW.plusSeconds(60));
    }

    @Test
    void aDraftGoesFromTheAuthorsDeviceToTheReviewersAndComesBackApproved() throws Exception {
        FhirReviewExchange author = device();
        FhirReviewExchange reviewer = device();
        ReviewPacket packet = packet("19121212-1212", 1);

        author.submit(packet, REVIEWER.hsaId(), null);
        List<RemoteReview> queue = reviewer.queue(REVIEWER.hsaId(), List.of(), 100);
        RemoteReview seen = queue.stream().filter(r -> r.packet().note().id().equals(packet.note().id())).findFirst().orElseThrow();
        ExportReceipt receipt = reviewer.approve(seen, approvedBy(REVIEWER, seen.packet()));

        assertThat(seen.packet()).isEqualTo(packet);
        assertThat(seen.packet().evidence().get(0).words()).extracting(Word::text).containsExactly("feber", "sedan", "tre", "dagar");
        DocumentReference note = client.read().resource(DocumentReference.class).withId(receipt.location()).execute();
        assertThat(note.getDocStatus()).isEqualTo(DocumentReference.ReferredDocumentStatus.FINAL);
        assertThat(note.getAuthenticator().getIdentifier().getValue()).isEqualTo(REVIEWER.hsaId().value());
        assertThat(reviewer.queue(REVIEWER.hsaId(), List.of(), 100)).noneMatch(r -> r.taskId().equals(seen.taskId()));
        RemoteReview back = author.decided(AUTHOR.hsaId()).stream().filter(r -> r.taskId().equals(seen.taskId())).findFirst().orElseThrow();
        assertThat(back.status()).isEqualTo(RemoteReview.Status.APPROVED);
        assertThat(back.actedBy()).isEqualTo(REVIEWER.hsaId());
        Task task = client.read().resource(Task.class).withId(seen.taskId()).execute();
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(task.getOutputFirstRep().getValue()).isNotNull();
    }

    @Test
    void submittingTheSameRoundAgainFindsTheFirstInsteadOfCopyingIt() throws Exception {
        FhirReviewExchange author = device();
        ReviewPacket packet = packet("19121212-1212", 1);

        RemoteReview first = author.submit(packet, REVIEWER.hsaId(), null);
        RemoteReview again = author.submit(packet, REVIEWER.hsaId(), null);

        assertThat(again.taskId()).isEqualTo(first.taskId());
        Bundle tasks = client.search().byUrl("Task?identifier=" + FhirSettings.defaults(server.baseUrl()).noteVersionSystem() + "|"
                + packet.note().id() + "/v1/review/1").returnBundle(Bundle.class).execute();
        assertThat(tasks.getEntry()).hasSize(1);
    }

    @Test
    void sentBackWithACommentTheAuthorSeesItAndResubmits() throws Exception {
        FhirReviewExchange author = device();
        FhirReviewExchange reviewer = device();
        ReviewPacket packet = packet("19121212-1212", 1);
        RemoteReview submitted = author.submit(packet, REVIEWER.hsaId(), null);

        reviewer.sendBack(reviewer.read(submitted.taskId()), REVIEWER, "Ange temperaturen.");
        RemoteReview back = author.decided(AUTHOR.hsaId()).stream().filter(r -> r.taskId().equals(submitted.taskId()))
                .findFirst().orElseThrow();
        RemoteReview resubmitted = author.submit(new ReviewPacket(packet.note(), packet.consultation(), packet.evidence(), 2),
                REVIEWER.hsaId(), null);

        assertThat(back.status()).isEqualTo(RemoteReview.Status.SENT_BACK);
        assertThat(back.comment()).isEqualTo("Ange temperaturen.");
        assertThat(back.actedByName()).isEqualTo(REVIEWER.name());
        assertThat(resubmitted.taskId()).isNotEqualTo(submitted.taskId());
        assertThat(reviewer.queue(REVIEWER.hsaId(), List.of(), 100)).extracting(RemoteReview::taskId)
                .contains(resubmitted.taskId()).doesNotContain(submitted.taskId());
    }

    @Test
    void twoReviewersActOnOneDraftOneWinsAndTheOtherIsToldWho() throws Exception {
        FhirReviewExchange author = device();
        FhirReviewExchange first = device();
        FhirReviewExchange second = device();
        ReviewPacket packet = packet("19121212-1212", 1);
        RemoteReview submitted = author.submit(packet, null, UNIT);
        RemoteReview seenByFirst = first.read(submitted.taskId());
        RemoteReview seenBySecond = second.read(submitted.taskId());

        first.approve(seenByFirst, approvedBy(REVIEWER, seenByFirst.packet()));

        assertThatThrownBy(() -> second.sendBack(seenBySecond, SECOND_REVIEWER, "Nej."))
                .isInstanceOfSatisfying(ReviewConflictException.class, e -> {
                    assertThat(e.actedBy()).contains(REVIEWER.name() + " (" + REVIEWER.hsaId().value() + ")");
                    assertThat(e.actedAt()).isPresent();
                    assertThat(e.retryable()).isFalse();
                });
        assertThatThrownBy(() -> second.approve(seenBySecond, approvedBy(SECOND_REVIEWER, seenBySecond.packet())))
                .isInstanceOf(ReviewConflictException.class);
        assertThat(client.read().resource(Task.class).withId(submitted.taskId()).execute().getStatus())
                .isEqualTo(Task.TaskStatus.COMPLETED);
    }

    @Test
    void anApprovalSentAgainAfterItsAnswerWasLostMakesNoSecondNote() throws Exception {
        FhirReviewExchange author = device();
        FhirReviewExchange reviewer = device();
        ReviewPacket packet = packet("19121212-1212", 1);
        RemoteReview seen = reviewer.read(author.submit(packet, REVIEWER.hsaId(), null).taskId());
        ApprovedNote approved = approvedBy(REVIEWER, seen.packet());

        ExportReceipt first = reviewer.approve(seen, approved);
        ExportReceipt again = reviewer.approve(seen, approved);

        assertThat(again.alreadyPresent()).isTrue();
        assertThat(again.location()).isEqualTo(first.location());
    }

    @Test
    void aUnitsQueueHoldsItsRequestsAndNeverTheReviewersOwnDrafts() throws Exception {
        FhirReviewExchange author = device();
        FhirReviewExchange reviewer = device();
        RemoteReview forUnit = author.submit(packet("19121212-1212", 1), null, UNIT);
        RemoteReview forOtherUnit = author.submit(packet("19121212-1212", 1), null, OTHER_UNIT);

        assertThat(reviewer.queue(REVIEWER.hsaId(), List.of(UNIT), 100)).extracting(RemoteReview::taskId)
                .contains(forUnit.taskId()).doesNotContain(forOtherUnit.taskId());
        assertThat(reviewer.queue(AUTHOR.hsaId(), List.of(UNIT), 100)).extracting(RemoteReview::taskId)
                .doesNotContain(forUnit.taskId());
    }

    @Test
    void integratorsSearchesNeverShowDrafts() throws Exception {
        FhirReviewExchange author = device();
        String patient = "19870220-2386";
        ReviewPacket waiting = packet(patient, 1);
        author.submit(waiting, REVIEWER.hsaId(), null);
        ReviewPacket approved = packet(patient, 1);
        RemoteReview seen = device().read(author.submit(approved, REVIEWER.hsaId(), null).taskId());
        device().approve(seen, approvedBy(REVIEWER, seen.packet()));

        List<FhirSearch.Found> found = new FhirSearch(connection(), FhirSettings.defaults(server.baseUrl()))
                .notesOf(PersonalIdentityNumber.parse(patient), null, null);

        assertThat(found).extracting(FhirSearch.Found::docStatus).containsOnly("final");
        assertThat(found).extracting(FhirSearch.Found::identifier).containsExactly(approved.note().id() + "/v1");
    }
}
