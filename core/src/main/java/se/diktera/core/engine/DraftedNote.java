package se.diktera.core.engine;

import java.util.List;

import se.diktera.core.note.NoteSection;

/**
 * What a drafter made of a transcript: sections in template order, and messages for the clinician
 * (e.g. "nothing in the transcript could be used") instead of exceptions for poor input.
 */
public record DraftedNote(String templateId, String language, List<NoteSection> sections, String modelId,
        List<String> messages) {

    public DraftedNote {
        sections = List.copyOf(sections);
        messages = List.copyOf(messages);
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.statements().isEmpty());
    }
}
