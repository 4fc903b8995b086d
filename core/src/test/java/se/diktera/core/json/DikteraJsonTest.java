package se.diktera.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.diktera.core.SampleDomain;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.transcript.Transcript;

class DikteraJsonTest {

    private final DikteraJson json = new DikteraJson();

    @Test
    void aNoteSurvivesARoundTripWithItsEvidence() throws Exception {
        Note note = SampleDomain.note(NoteState.IN_REVIEW);

        Note back = json.read(json.write("note", note), "note", Note.class);

        assertThat(back).isEqualTo(note);
        assertThat(back.sections().get(0).statements().get(0).evidence()).hasSize(2);
    }

    @Test
    void aTranscriptSurvivesARoundTrip() throws Exception {
        Transcript transcript = SampleDomain.transcript();

        assertThat(json.read(json.write("transcript", transcript), "transcript", Transcript.class)).isEqualTo(transcript);
    }

    @Test
    void aConsultationSurvivesARoundTripWithItsPatientIdentity() throws Exception {
        Consultation consultation = SampleDomain.consultation();

        String text = json.write("consultation", consultation);

        assertThat(json.read(text, "consultation", Consultation.class)).isEqualTo(consultation);
        assertThat(text).contains("\"19121212-1212\"");
    }

    @Test
    void anAuditEventSurvivesARoundTripAndItsDetailsAreWrittenInKeyOrder() throws Exception {
        AuditEvent event = AuditEvent.of(Instant.parse("2026-11-23T08:00:00Z"), "user-1", AuditAction.APPROVE,
                "note-1", 2, Map.of("z", "1", "a", "2", "m", "3"));

        String text = json.write("audit", event);

        assertThat(json.read(text, "audit", AuditEvent.class)).isEqualTo(event);
        assertThat(text.indexOf("\"a\"")).isLessThan(text.indexOf("\"m\"")).isLessThan(text.indexOf("\"z\""));
    }

    @Test
    void aDraftWithFactsSurvivesARoundTrip() throws Exception {
        Note note = SampleDomain.note(NoteState.DRAFTED);
        var fact = new se.diktera.core.note.Fact(se.diktera.core.note.Fact.Kind.VITAL_SIGN, "Puls 78",
                Map.of("kind", "pulse", "value", "78"), note.sections().get(0).statements().get(0).evidence());
        var draft = new se.diktera.core.engine.DraftedNote("sv-journal", "sv", note.sections(), java.util.List.of(fact),
                "diktera-sections-sv", java.util.List.of());

        assertThat(json.read(json.write("draft", draft), "draft", se.diktera.core.engine.DraftedNote.class)).isEqualTo(draft);
    }

    @Test
    void everyDocumentCarriesTheSchemaVersionAndKind() throws Exception {
        var tree = json.mapper().readTree(json.write("transcript", SampleDomain.transcript()));

        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(DikteraJson.SCHEMA_VERSION);
        assertThat(tree.get("kind").asText()).isEqualTo("transcript");
    }

    @Test
    void aDocumentFromANewerVersionIsRefusedNotHalfRead() {
        String newer = "{\"schemaVersion\": " + (DikteraJson.SCHEMA_VERSION + 1) + ", \"kind\": \"note\", \"body\": {}}";

        assertThatThrownBy(() -> json.read(newer, "note", Note.class))
                .isInstanceOf(DocumentFormatException.class).hasMessageContaining("not supported");
    }

    @Test
    void aDocumentOfAnotherKindIsRefused() {
        String transcript = json.write("transcript", SampleDomain.transcript());

        assertThatThrownBy(() -> json.read(transcript, "note", Note.class))
                .isInstanceOf(DocumentFormatException.class).hasMessageContaining("Expected a note");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "{\"body\": {}}", "{\"schemaVersion\": 1, \"kind\": \"note\"}"})
    void garbageIsRefusedWithADocumentFormatException(String text) {
        assertThatThrownBy(() -> json.read(text, "note", Note.class)).isInstanceOf(DocumentFormatException.class);
    }

    @Test
    void anInvalidValueInsideADocumentIsRefusedWithoutEchoingIt() {
        String text = json.write("consultation", SampleDomain.consultation()).replace("19121212-1212", "19121212-1213");

        assertThatThrownBy(() -> json.read(text, "consultation", Consultation.class))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("check digit")
                .hasMessageNotContaining("1213");
    }
}
