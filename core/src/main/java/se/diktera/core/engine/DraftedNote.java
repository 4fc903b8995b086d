package se.diktera.core.engine;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import se.diktera.core.note.Fact;
import se.diktera.core.note.NoteSection;

/**
 * What a drafter made of a transcript: sections in template order, the facts it found, and
 * messages for the clinician instead of exceptions for poor input.
 *
 * @param messages stable codes such as {@link #EMPTY_TRANSCRIPT}; the app translates them
 */
public record DraftedNote(String templateId, String language, List<NoteSection> sections, List<Fact> facts,
        String modelId, List<String> messages) {

    /** The transcript had no words at all. */
    public static final String EMPTY_TRANSCRIPT = "EMPTY_TRANSCRIPT";
    /** The transcript had words, but nothing a note could use (greetings, fillers). */
    public static final String NOTHING_USABLE = "NOTHING_USABLE";

    public DraftedNote {
        sections = List.copyOf(sections);
        facts = List.copyOf(facts);
        messages = List.copyOf(messages);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.statements().isEmpty());
    }
}
