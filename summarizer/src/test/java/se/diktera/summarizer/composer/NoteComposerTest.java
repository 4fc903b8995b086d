package se.diktera.summarizer.composer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
import se.diktera.core.problem.Problem;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.TranscriptLimits;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.TestUtterances;
import se.diktera.summarizer.drafting.NoteTemplates;

/** The composer on the real ONNX models the build trained. */
class NoteComposerTest {

    static ComposerModels sv;
    static ComposerModels en;
    static NoteComposer composer;

    /** As Vosk writes it: lower case, no punctuation, numbers as words. Made up, not a real patient. */
    static final Transcript SWEDISH = TestUtterances.transcript("sv",
            "hej och välkommen slå dig ner",
            "vad är det som gör att du söker idag",
            "jag har haft ont i halsen och hosta sedan tre dagar",
            "har du haft feber",
            "nej",
            "jag tar alvedon femhundra milligram tre gånger om dagen",
            "jag är allergisk mot penicillin",
            "okej",
            "blodtrycket är hundratrettiofyra över sjuttiofyra pulsen sjuttioåtta tempen trettiosju komma två",
            "halsen är röd men inga beläggningar på tonsillerna",
            "det här är troligen en virusinfektion",
            "återbesök om två veckor om det inte blir bättre");

    static final Transcript ENGLISH = TestUtterances.transcript("en",
            "hi good to see you",
            "so what brings you in today",
            "um i've had a cough for two weeks and you know it's getting worse",
            "do you have any chest pain",
            "no",
            "i take metoprolol twenty five milligrams twice daily",
            "hey dragon show me the vital signs",
            "blood pressure one hundred and forty over ninety pulse eighty",
            "your lungs are clear on exam",
            "this looks like bronchitis",
            "we will see you again in two weeks");

    @BeforeAll
    static void loadModels() throws EngineException {
        sv = ComposerModels.bundled("sv");
        en = ComposerModels.bundled("en");
        composer = new NoteComposer(Map.of("sv", sv, "en", en), NoteTemplates.builtIn());
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
        DraftedNote note = composer.draft(SWEDISH, null);

        assertThat(note.templateId()).isEqualTo("sv-journal");
        assertThat(note.sections()).extracting(NoteSection::heading).containsExactly("Kontaktorsak", "Aktuellt/Anamnes",
                "Tidigare sjukdomar", "Socialt", "Läkemedel", "Allergier", "Status", "Bedömning", "Åtgärd/Planering");
        assertThat(note.modelId()).isEqualTo("diktera-composer-sections-sv");
        assertThat(note.messages()).isEmpty();
    }

    @Test
    void theNursingTemplateHasTheVipsKeywords() throws EngineException {
        DraftedNote note = composer.draft(SWEDISH, "sv-omvardnad");

        assertThat(note.sections()).extracting(NoteSection::heading).contains("Kommunikation", "Andning/Cirkulation",
                "Nutrition", "Elimination", "Hud/Vävnad", "Aktivitet", "Sömn", "Smärta", "Psykosocialt", "Bedömning",
                "Åtgärd", "Planering");
        assertThat(all(note)).isNotEmpty();
    }

    @Test
    void everyStatementRestsOnSpansThatLieInsideTheirSegments() throws EngineException {
        for (Transcript t : List.of(SWEDISH, ENGLISH)) {
            DraftedNote note = composer.draft(t, null);
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
    void greetingsFillersAndCommandsToOtherSoftwareStayOut() throws EngineException {
        List<String> sv = all(composer.draft(SWEDISH, null)).stream().map(Statement::text).toList();
        List<String> en = all(composer.draft(ENGLISH, null)).stream().map(Statement::text).toList();

        assertThat(sv).noneMatch(t -> t.toLowerCase().contains("välkommen") || t.equalsIgnoreCase("Okej."));
        assertThat(en).noneMatch(t -> t.toLowerCase().contains("dragon") || t.toLowerCase().contains("good to see you"))
                .noneMatch(t -> t.matches("(?i).*\\b(um|you know)\\b.*"));
    }

    @Test
    void thePatientsWordsAreWrittenInTheRegisterOfANote() throws EngineException {
        List<String> sv = patientStatements(SWEDISH);
        List<String> en = patientStatements(ENGLISH);

        assertThat(sv).anyMatch(t -> t.startsWith("Ont i halsen") && t.contains("sedan 3 dagar"))
                .noneMatch(t -> t.matches("(?i)^jag\\b.*"));
        assertThat(en).isNotEmpty().noneMatch(t -> t.matches("(?i).*\\b(i|i've|my)\\b.*"));
    }

    /** The statements resting on what the composer took to be the patient's words. */
    private static List<String> patientStatements(Transcript t) throws EngineException {
        List<NoteComposer.Trace> trace = new ArrayList<>();
        DraftedNote note = composer.compose(t, null, trace);
        NoteComposer.Trace tr = trace.get(0);
        List<String> result = new ArrayList<>();
        for (Statement s : all(note)) {
            String first = s.evidence().get(s.evidence().size() - 1).segmentId();
            for (int i = 0; i < tr.utterances().size(); i++) {
                if (tr.utterances().get(i).segmentId().equals(first) && tr.roles().get(i) == Role.PATIENT
                        && s.evidence().size() == 1) {
                    result.add(s.text());
                    break;
                }
            }
        }
        return result;
    }

    @Test
    void aBareNoAfterASymptomQuestionBecomesAPertinentNegativeRestingOnBoth() throws EngineException {
        Statement negative = all(composer.draft(SWEDISH, null)).stream()
                .filter(s -> s.text().equals("Ingen feber.")).findFirst().orElseThrow();
        assertThat(negative.evidence()).extracting(TranscriptSpan::segmentId).containsExactly("s4", "s5");

        assertThat(all(composer.draft(ENGLISH, null))).extracting(Statement::text).contains("Denies chest pain.");
    }

    @Test
    void factsAreFoundOnceAndWrittenInJournalForm() throws EngineException {
        DraftedNote note = composer.draft(SWEDISH, null);

        assertThat(note.facts()).extracting(Fact::kind).contains(Fact.Kind.MEDICATION, Fact.Kind.VITAL_SIGN,
                Fact.Kind.ALLERGY, Fact.Kind.FOLLOW_UP);
        assertThat(note.facts()).filteredOn(f -> f.kind() == Fact.Kind.MEDICATION).extracting(Fact::text)
                .containsExactly("Alvedon 500 mg 1x3");
        assertThat(note.facts()).filteredOn(f -> f.kind() == Fact.Kind.VITAL_SIGN).extracting(Fact::text)
                .containsExactlyInAnyOrder("BT 134/74", "Puls 78", "Temp 37,2");
        String text = String.join(" ", all(note).stream().map(Statement::text).toList());
        assertThat(text).contains("BT 134/74").contains("1x3");
        for (String once : List.of("BT 134/74", "Alvedon")) {
            assertThat(text.indexOf(once)).as(once + " is written once").isEqualTo(text.lastIndexOf(once));
        }
    }

    @Test
    void anEnglishTranscriptGetsTheClinicNoteAndCanBeAskedForSoap() throws EngineException {
        DraftedNote clinic = composer.draft(ENGLISH, null);
        DraftedNote soap = composer.draft(ENGLISH, "en-soap");

        assertThat(clinic.sections()).extracting(NoteSection::heading).containsExactly("CHIEF COMPLAINT",
                "HISTORY OF PRESENT ILLNESS", "PAST HISTORY", "SOCIAL HISTORY", "MEDICATIONS", "REVIEW OF SYSTEMS",
                "PHYSICAL EXAMINATION", "RESULTS", "ASSESSMENT AND PLAN");
        assertThat(soap.sections()).extracting(NoteSection::heading).containsExactly("Subjective", "Objective", "Assessment", "Plan");
        assertThat(all(soap)).isNotEmpty();
    }

    @Test
    void speakersATranscriptNamesAreBelieved() throws EngineException {
        List<Segment> segments = new ArrayList<>();
        for (Segment s : SWEDISH.segments()) {
            segments.add(new Segment(s.id(), s.words(), s.id().equals("s3") ? "lakare" : "patient"));
        }
        List<NoteComposer.Trace> trace = new ArrayList<>();
        composer.compose(new Transcript("sv", "m", segments), null, trace);

        assertThat(trace.get(0).roles().get(2)).isEqualTo(Role.CLINICIAN);
        assertThat(trace.get(0).roles().get(0)).isEqualTo(Role.PATIENT);
    }

    @Test
    void aWordHeardWithLowConfidenceMarksItsStatement() throws EngineException {
        List<Segment> segments = new ArrayList<>();
        for (Segment s : SWEDISH.segments()) {
            segments.add(!s.id().equals("s9") ? s : new Segment("s9", s.words().stream().map(w -> w.text().equals("pulsen")
                    ? new Word(w.text(), w.startMs(), w.endMs(), 0.31) : w).toList(), null));
        }
        DraftedNote note = composer.draft(new Transcript("sv", "m", segments), null);

        assertThat(all(note)).filteredOn(s -> s.evidence().stream().anyMatch(e -> e.segmentId().equals("s9")))
                .isNotEmpty().allMatch(Statement::lowConfidence);
        assertThat(all(composer.draft(SWEDISH, null))).noneMatch(Statement::lowConfidence);
    }

    @Test
    void anEmptyTranscriptGivesAnEmptyDraftWithAMessageNotAnException() throws EngineException {
        DraftedNote note = composer.draft(new Transcript("sv", "m", List.of()), "sv-journal");

        assertThat(note.isEmpty()).isTrue();
        assertThat(note.messages()).containsExactly(DraftedNote.EMPTY_TRANSCRIPT);
        assertThat(note.sections()).hasSize(9);
    }

    @Test
    void aTranscriptOfOnlyFillersGivesAnEmptyDraftWithAMessage() throws EngineException {
        DraftedNote note = composer.draft(TestUtterances.transcript("sv", "hej", "ja ja", "okej tack", "mm"), null);

        assertThat(note.isEmpty()).isTrue();
        assertThat(note.messages()).containsExactly(DraftedNote.NOTHING_USABLE);
    }

    @Test
    void anUnknownTemplateOrLanguageIsAClearError() {
        assertThatThrownBy(() -> composer.draft(SWEDISH, "sv-psykiatri"))
                .isInstanceOf(EngineException.class).hasMessageContaining("sv-psykiatri").hasMessageContaining("sv-journal");
        assertThatThrownBy(() -> composer.draft(TestUtterances.transcript("de", "guten tag"), null))
                .isInstanceOf(EngineException.class).hasMessageContaining("'de'");
    }

    @Test
    void theReasonForTheVisitIsTheAnswerToTheOpeningQuestionWithHowLong() throws EngineException {
        Transcript said = TestUtterances.transcript("sv",
                "hej välkommen in",
                "vad är det som gör att du söker idag",
                "ja men alltså jag har så himla ont i halsen",
                "det började i söndags kväll typ så det är väl fyra dagar nu",
                "har du haft feber",
                "ja trettioåtta och nio igår kväll");

        DraftedNote note = composer.draft(said, "sv-journal");

        assertThat(section(note, "kontaktorsak").statements()).first().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Ont i halsen sedan 4 dagar.");
            assertThat(s.evidence()).extracting(TranscriptSpan::segmentId).containsExactly("s3", "s4");
        });
        assertThat(all(note)).extracting(Statement::text).doesNotContain("4 dagar nu.", "Fyra dagar nu.");
    }

    @Test
    void aTenMegabyteWordIsRefusedBeforeAnyWorkOnIt() {
        Word huge = new Word("a".repeat(10 * 1024 * 1024), 1300, 2000, 0.9);
        Transcript hostile = new Transcript("sv", "test", List.of(SWEDISH.segments().get(0),
                new Segment("huge", List.of(new Word("han", 1000, 1200, 0.9), huge), null)));

        assertThatThrownBy(() -> composer.draft(hostile, null)).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.TRANSCRIPT_OVER_LIMITS);
            assertThat(e.getMessage()).contains("a word of 10485760 characters in segment huge", "It is kept");
        });
    }

    @Test
    void moreSegmentsThanAnyConsultationHasAreRefusedWithTheLimit() {
        List<Segment> many = new ArrayList<>();
        for (int i = 0; i <= TranscriptLimits.MAX_SEGMENTS; i++) {
            many.add(new Segment("s" + i, List.of(new Word("ja", i * 1000L, i * 1000L + 300, 0.9)), null));
        }

        assertThatThrownBy(() -> composer.draft(new Transcript("sv", "test", many), null))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.getMessage())
                        .contains((TranscriptLimits.MAX_SEGMENTS + 1) + " segments (at most " + TranscriptLimits.MAX_SEGMENTS + ")"));
    }

    @Test
    void aTranscriptAtTheLimitsIsDrafted() throws EngineException {
        List<Segment> many = new ArrayList<>();
        List<Segment> said = SWEDISH.segments();
        for (int i = 0; i < TranscriptLimits.MAX_SEGMENTS; i++) {
            Segment s = said.get(i % said.size());
            many.add(new Segment("s" + i, s.words().subList(0, Math.min(3, s.words().size())), null));
        }

        assertThat(all(composer.draft(new Transcript("sv", "test", many), null))).isNotEmpty();
    }
}
