package se.diktera.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.consultation.ConsultationId;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;

class NoteLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private final NoteLifecycle lifecycle = new NoteLifecycle(Clock.fixed(NOW, ZoneOffset.UTC));

    private static Note noteIn(NoteState state) {
        return new Note(NoteId.random(), 1, ConsultationId.random(), "sv-journal", "sv", state, List.of(), List.of());
    }

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (NoteState from : NoteState.values()) {
            for (NoteState to : NoteState.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    static Stream<Arguments> illegalTransitions() {
        return everyPairOfStates().filter(a -> !NoteLifecycle.isAllowed((NoteState) a.get()[0], (NoteState) a.get()[1]));
    }

    static Stream<Arguments> legalTransitions() {
        return everyPairOfStates().filter(a -> NoteLifecycle.isAllowed((NoteState) a.get()[0], (NoteState) a.get()[1]));
    }

    @ParameterizedTest(name = "{0} -> {1} is refused")
    @MethodSource("illegalTransitions")
    void refusesEveryTransitionNotInTheTable(NoteState from, NoteState to) {
        Note note = noteIn(from);

        assertThatThrownBy(() -> lifecycle.move(note, to, "user-1"))
                .isInstanceOfSatisfying(IllegalNoteTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.to()).isEqualTo(to);
                    assertThat(e.getMessage()).contains(from.name(), to.name());
                });
    }

    @ParameterizedTest(name = "{0} -> {1} is allowed and audited")
    @MethodSource("legalTransitions")
    void everyAllowedTransitionMovesTheNoteAndYieldsAnAuditEvent(NoteState from, NoteState to) {
        Note note = noteIn(from);

        NoteLifecycle.Transition t = lifecycle.move(note, to, "user-1");

        assertThat(t.note().state()).isEqualTo(to);
        assertThat(t.note().id()).isEqualTo(note.id());
        assertThat(t.auditEvent().action()).isEqualTo(AuditAction.STATE_CHANGE);
        assertThat(t.auditEvent().actorId()).isEqualTo("user-1");
        assertThat(t.auditEvent().at()).isEqualTo(NOW);
        assertThat(t.auditEvent().subjectId()).isEqualTo(note.id().toString());
        assertThat(t.auditEvent().noteVersion()).isEqualTo(t.note().version());
        assertThat(t.auditEvent().details()).containsEntry("from", from.name()).containsEntry("to", to.name());
    }

    @Test
    void amendingAnExportedNoteStartsANewVersion() {
        Note exported = noteIn(NoteState.EXPORTED);

        Note amended = lifecycle.move(exported, NoteState.AMENDED, "user-1").note();

        assertThat(amended.version()).isEqualTo(exported.version() + 1);
        assertThat(lifecycle.move(amended, NoteState.IN_REVIEW, "user-1").note().version()).isEqualTo(2);
    }

    @Test
    void onlyANoteThatLeftReviewCanBeEnteredInErrorAndNothingFollowsIt() {
        assertThat(NoteState.values()).filteredOn(s -> NoteLifecycle.isAllowed(s, NoteState.ENTERED_IN_ERROR))
                .containsExactlyInAnyOrder(NoteState.APPROVED, NoteState.EXPORTED, NoteState.EXPORT_FAILED);
        assertThat(NoteLifecycle.allowedFrom(NoteState.ENTERED_IN_ERROR)).isEmpty();
        Note withdrawn = lifecycle.move(noteIn(NoteState.EXPORTED), NoteState.ENTERED_IN_ERROR, "user-1").note();
        assertThat(withdrawn.version()).isEqualTo(1);
    }

    @Test
    void theHappyPathFromRecordingToExportIsAllowed() {
        Note note = noteIn(NoteState.RECORDING);
        for (NoteState next : List.of(NoteState.TRANSCRIBED, NoteState.DRAFTED, NoteState.IN_REVIEW,
                NoteState.SENT_BACK, NoteState.IN_REVIEW, NoteState.APPROVED, NoteState.EXPORT_FAILED,
                NoteState.EXPORTED)) {
            note = lifecycle.move(note, next, "user-1").note();
        }
        assertThat(note.state()).isEqualTo(NoteState.EXPORTED);
    }

    @Test
    void aNoteCanNeverSkipReview() {
        for (NoteState before : List.of(NoteState.RECORDING, NoteState.TRANSCRIBED, NoteState.DRAFTED,
                NoteState.SENT_BACK, NoteState.AMENDED)) {
            assertThat(NoteLifecycle.isAllowed(before, NoteState.APPROVED)).as(before.name()).isFalse();
            assertThat(NoteLifecycle.isAllowed(before, NoteState.EXPORTED)).as(before.name()).isFalse();
        }
    }
}
