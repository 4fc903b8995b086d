package se.diktera.summarizer.drafting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.NoteDrafter;
import se.diktera.core.note.Fact;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.transcript.Transcript;
import se.diktera.summarizer.facts.FactExtractor;
import se.diktera.summarizer.model.SectionModel;
import se.diktera.summarizer.model.SectionPrediction;
import se.diktera.summarizer.text.Utterance;
import se.diktera.summarizer.text.UtteranceSplitter;

/**
 * Drafts a note on the device: utterances → statements (fillers dropped, pertinent negatives
 * kept) → a section for each from the ONNX section model → facts with their evidence, also
 * written under the template's fact sections. Every statement carries the spans it came from.
 *
 * <p>Thread-safe: it holds only immutable state and thread-safe models.
 */
public final class OnnxNoteDrafter implements NoteDrafter {

    private final Map<String, SectionModel> modelsByLanguage;
    private final NoteTemplates templates;
    private final FactExtractor factExtractor = new FactExtractor();

    /** @param modelsByLanguage e.g. {"sv": the Swedish model, "en": the English one} */
    public OnnxNoteDrafter(Map<String, SectionModel> modelsByLanguage, NoteTemplates templates) {
        this.modelsByLanguage = Map.copyOf(modelsByLanguage);
        this.templates = templates;
    }

    @Override
    public DraftedNote draft(Transcript transcript, String templateId) throws EngineException {
        String id = templateId != null ? templateId : NoteTemplates.defaultFor(transcript.language());
        NoteTemplate template = templates.find(id).orElseThrow(() -> new EngineException(
                "There is no note template '" + id + "'. Known templates: " + String.join(", ", templates.ids())));
        String language = transcript.language().substring(0, 2);
        SectionModel model = Optional.ofNullable(modelsByLanguage.get(language)).orElseThrow(() -> new EngineException(
                "There is no note model for the language '" + transcript.language() + "'."));
        if (transcript.isEmpty()) {
            return empty(template, model, DraftedNote.EMPTY_TRANSCRIPT);
        }
        boolean swedish = language.equals("sv");
        List<Utterance> utterances = UtteranceSplitter.split(transcript);
        List<Candidate> candidates = CandidateFinder.find(utterances, swedish);
        if (candidates.isEmpty()) {
            return empty(template, model, DraftedNote.NOTHING_USABLE);
        }
        List<SectionPrediction> predictions = model.classifyAll(candidates.stream().map(Candidate::classifyText).toList());

        Map<String, List<Statement>> bySection = new LinkedHashMap<>();
        template.sections().forEach(s -> bySection.put(s.key(), new ArrayList<>()));
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String section = template.sectionFor(predictions.get(i).label());
            bySection.get(section).add(Statement.drafted(c.text(), c.evidence(), c.lowConfidence()));
            for (Utterance source : c.sources()) {
                for (Fact fact : factExtractor.extract(source, language)) {
                    facts.add(fact);
                    template.sectionForFact(fact.kind()).filter(target -> !target.equals(section)).ifPresent(target ->
                            bySection.get(target).add(Statement.drafted(CandidateFinder.sentence(fact.text()),
                                    fact.evidence(), c.lowConfidence())));
                }
            }
        }
        List<NoteSection> sections = template.sections().stream()
                .map(s -> new NoteSection(s.key(), s.heading(), bySection.get(s.key()))).toList();
        return new DraftedNote(template.id(), transcript.language(), sections, facts, model.id(), List.of());
    }

    private static DraftedNote empty(NoteTemplate template, SectionModel model, String message) {
        List<NoteSection> sections = template.sections().stream()
                .map(s -> new NoteSection(s.key(), s.heading(), List.of())).toList();
        return new DraftedNote(template.id(), template.language(), sections, List.of(), model.id(), List.of(message));
    }
}
