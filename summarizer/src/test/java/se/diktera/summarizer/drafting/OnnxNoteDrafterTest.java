package se.diktera.summarizer.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.note.Fact;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.TestUtterances;
import se.diktera.summarizer.model.SectionModel;

/** The drafter on the real ONNX models the build trained. */
class OnnxNoteDrafterTest {

    static SectionModel sv;
    static SectionModel en;
    static OnnxNoteDrafter drafter;

    /** As Vosk writes it: lower case, no punctuation, numbers as words. Made up, not a real patient. */
    static final Transcript SWEDISH = TestUtterances.transcript("sv",
            "hej och välkommen",
            "vad är det som gör att du söker idag",
            "jag har haft ont i halsen och hosta sedan tre dagar",
            "har du haft feber",
            "nej",
            "jag tar alvedon femhundra milligram tre gånger om dagen",
            "jag är allergisk mot penicillin",
            "okej",
            "blodtryck hundratrettiofyra över sjuttiofyra puls sjuttioåtta temp trettiosju komma två",
            "halsen är röd men inga beläggningar",
            "det här är troligen en virusinfektion",
            "återbesök om två veckor om det inte blir bättre");

    static final Transcript ENGLISH = TestUtterances.transcript("en",
            "hello",
            "what brings you in today",
            "i have had a cough for two weeks",
            "do you have any chest pain",
            "no",
            "i take metoprolol twenty five milligrams twice daily",
            "blood pressure one hundred and forty over ninety pulse eighty",
            "this looks like bronchitis",
            "we will see you again in two weeks");

    @BeforeAll
    static void loadModels() throws EngineException {
        sv = SectionModel.bundled("sv");
        en = SectionModel.bundled("en");
        drafter = new OnnxNoteDrafter(Map.of("sv", sv, "en", en), NoteTemplates.builtIn());
    }

    @AfterAll
    static void close() {
        sv.close();
        en.close();
    }

    private static List<Statement> all(DraftedNote note) {
        return note.sections().stream().flatMap(s -> s.statements().stream()).toList();
    }

    private static NoteSection section(DraftedNote note, String key) {
        return note.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aSwedishTranscriptGetsTheSwedishJournalHeadingsInOrder() throws EngineException {
        DraftedNote note = drafter.draft(SWEDISH, null);

        assertThat(note.templateId()).isEqualTo("sv-journal");
        assertThat(note.sections()).extracting(NoteSection::heading).containsExactly("Kontaktorsak", "Aktuellt/Anamnes",
                "Tidigare sjukdomar", "Socialt", "Läkemedel", "Allergier", "Status", "Bedömning", "Åtgärd/Planering");
        assertThat(note.modelId()).isEqualTo("diktera-sections-sv");
        assertThat(note.messages()).isEmpty();
    }

    @Test
    void everyStatementRestsOnSpansThatLieInsideTheirSegments() throws EngineException {
        for (Transcript t : List.of(SWEDISH, ENGLISH)) {
            DraftedNote note = drafter.draft(t, null);
            assertThat(all(note)).isNotEmpty().allSatisfy(s -> {
                assertThat(s.evidence()).isNotEmpty();
                for (TranscriptSpan span : s.evidence()) {
                    Optional<Segment> seg = t.segment(span.segmentId());
                    assertThat(seg).as("segment " + span.segmentId()).isPresent();
                    assertThat(span.startMs()).isGreaterThanOrEqualTo(seg.get().startMs());
                    assertThat(span.endMs()).isLessThanOrEqualTo(seg.get().endMs());
                }
            });
            assertThat(note.facts()).allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
        }
    }

    @Test
    void fillersAndGreetingsAreDroppedButTheirNeighboursKept() throws EngineException {
        List<String> texts = all(drafter.draft(SWEDISH, null)).stream().map(Statement::text).toList();

        assertThat(texts).noneMatch(t -> t.equalsIgnoreCase("Okej.") || t.equalsIgnoreCase("Hej och välkommen."));
        assertThat(texts).anyMatch(t -> t.contains("ont i halsen"));
    }

    @Test
    void aBareNoAfterASymptomQuestionBecomesAPertinentNegativeRestingOnBoth() throws EngineException {
        Statement negative = all(drafter.draft(SWEDISH, null)).stream()
                .filter(s -> s.text().equals("Ingen feber.")).findFirst().orElseThrow();
        assertThat(negative.evidence()).extracting(TranscriptSpan::segmentId).containsExactly("s4", "s5");

        assertThat(all(drafter.draft(ENGLISH, null))).extracting(Statement::text).contains("No chest pain.");
    }

    @Test
    void factsAreFoundAndWrittenUnderTheirTemplateSections() throws EngineException {
        DraftedNote note = drafter.draft(SWEDISH, null);

        assertThat(note.facts()).extracting(Fact::kind).contains(Fact.Kind.MEDICATION, Fact.Kind.VITAL_SIGN,
                Fact.Kind.ALLERGY, Fact.Kind.DURATION, Fact.Kind.FOLLOW_UP);
        assertThat(note.facts()).filteredOn(f -> f.kind() == Fact.Kind.MEDICATION).singleElement()
                .satisfies(f -> assertThat(f.text()).isEqualTo("Alvedon 500 mg 3 gånger om dagen"));
        assertThat(section(note, "lakemedel").statements()).anySatisfy(s -> assertThat(s.evidence().get(0).segmentId()).isEqualTo("s6"));
        assertThat(section(note, "allergier").statements()).anySatisfy(s -> assertThat(s.evidence().get(0).segmentId()).isEqualTo("s7"));
        assertThat(note.facts()).filteredOn(f -> f.kind() == Fact.Kind.VITAL_SIGN).extracting(Fact::text)
                .containsExactlyInAnyOrder("Blodtryck 134/74", "Puls 78", "Temp 37,2");
        assertThat(section(note, "status").statements()).anySatisfy(s -> assertThat(s.evidence().get(0).segmentId()).isEqualTo("s9"));
        assertThat(section(note, "atgard").statements()).anySatisfy(s -> assertThat(s.evidence().get(0).segmentId()).isEqualTo("s12"));
    }

    @Test
    void anEnglishTranscriptGetsSoapAndCanBeAskedForHistoryAndPhysical() throws EngineException {
        DraftedNote soap = drafter.draft(ENGLISH, null);
        DraftedNote hp = drafter.draft(ENGLISH, "en-hp");

        assertThat(soap.sections()).extracting(NoteSection::heading).containsExactly("Subjective", "Objective", "Assessment", "Plan");
        assertThat(section(soap, "objective").statements()).anySatisfy(s -> assertThat(s.evidence().get(0).segmentId()).isEqualTo("s7"));
        assertThat(hp.sections()).extracting(NoteSection::key).startsWith("cc", "hpi");
        assertThat(section(hp, "medications").statements()).isNotEmpty();
    }

    @Test
    void aWordHeardWithLowConfidenceMarksItsStatement() throws EngineException {
        Transcript t = new Transcript("sv", "m", List.of(new Segment("s1", List.of(
                new Word("hon", 0, 100, 0.99), new Word("har", 100, 200, 0.98), new Word("yrsel", 200, 600, 0.31)), null)));

        assertThat(all(drafter.draft(t, null))).singleElement().satisfies(s -> assertThat(s.lowConfidence()).isTrue());
        assertThat(all(drafter.draft(SWEDISH, null))).noneMatch(Statement::lowConfidence);
    }

    @Test
    void anEmptyTranscriptGivesAnEmptyDraftWithAMessageNotAnException() throws EngineException {
        DraftedNote note = drafter.draft(new Transcript("sv", "m", List.of()), "sv-journal");

        assertThat(note.isEmpty()).isTrue();
        assertThat(note.messages()).containsExactly(DraftedNote.EMPTY_TRANSCRIPT);
        assertThat(note.sections()).hasSize(9);
    }

    @Test
    void aTranscriptOfOnlyFillersGivesAnEmptyDraftWithAMessage() throws EngineException {
        DraftedNote note = drafter.draft(TestUtterances.transcript("sv", "hej", "ja ja", "okej tack", "mm"), null);

        assertThat(note.isEmpty()).isTrue();
        assertThat(note.messages()).containsExactly(DraftedNote.NOTHING_USABLE);
    }

    @Test
    void anUnknownTemplateOrLanguageIsAClearError() {
        assertThatThrownBy(() -> drafter.draft(SWEDISH, "sv-psykiatri"))
                .isInstanceOf(EngineException.class).hasMessageContaining("sv-psykiatri").hasMessageContaining("sv-journal");
        assertThatThrownBy(() -> drafter.draft(TestUtterances.transcript("de", "guten tag"), null))
                .isInstanceOf(EngineException.class).hasMessageContaining("'de'");
    }
}
