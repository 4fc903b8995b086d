package se.diktera.summarizer.drafting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.diktera.core.note.Fact;

/**
 * A note's headings and which model labels land under each: data, editable per clinic.
 *
 * @param loinc        the LOINC document type an export uses (11506-3 progress note, 34117-2 H&P)
 * @param factSections where extracted facts are also written, by kind
 */
public record NoteTemplate(String id, String language, String title, String loinc, List<Section> sections,
        Map<Fact.Kind, String> factSections) {

    /** @param fallback the section for labels no section names */
    public record Section(String key, String heading, List<String> labels, boolean fallback) {
        public Section {
            labels = List.copyOf(labels);
        }
    }

    public NoteTemplate {
        sections = List.copyOf(sections);
        factSections = factSections == null ? Map.of() : Map.copyOf(factSections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("A template needs at least one section");
        }
        if (sections.stream().filter(Section::fallback).count() != 1) {
            throw new IllegalArgumentException("Template " + id + " must mark exactly one section as fallback");
        }
        for (String key : factSections.values()) {
            if (sections.stream().noneMatch(s -> s.key().equals(key))) {
                throw new IllegalArgumentException("Template " + id + " sends facts to a section it does not have: " + key);
            }
        }
    }

    /** The section a model label belongs to; the fallback section for labels no section names. */
    public String sectionFor(String label) {
        return sections.stream().filter(s -> s.labels().contains(label)).map(Section::key).findFirst()
                .orElseGet(() -> sections.stream().filter(Section::fallback).findFirst().orElseThrow().key());
    }

    /** Whether a section of this template takes the label. */
    public boolean accepts(String label) {
        return sections.stream().anyMatch(s -> s.labels().contains(label));
    }

    public Optional<String> sectionForFact(Fact.Kind kind) {
        return Optional.ofNullable(factSections.get(kind));
    }
}
