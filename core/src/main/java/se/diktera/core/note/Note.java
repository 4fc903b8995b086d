package se.diktera.core.note;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import se.diktera.core.consultation.ConsultationId;
import se.diktera.core.lifecycle.NoteState;

/**
 * One version of a clinical note. A note that is edited after approval gets a new version; the
 * old one is kept (FHIR: {@code relatesTo replaces}).
 *
 * @param version    1 for the first draft, incremented by each amendment
 * @param modelIds   the speech and note models that produced the draft, for AI transparency
 */
public record Note(
        NoteId id,
        int version,
        ConsultationId consultationId,
        String templateId,
        String language,
        NoteState state,
        List<NoteSection> sections,
        List<String> modelIds) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(state, "state");
        if (version < 1) {
            throw new IllegalArgumentException("Note versions start at 1");
        }
        sections = List.copyOf(sections);
        modelIds = List.copyOf(modelIds);
        Set<String> keys = new HashSet<>();
        for (NoteSection s : sections) {
            if (!keys.add(s.key())) {
                throw new IllegalArgumentException("Section keys must be unique within a note");
            }
        }
    }

    public Note withState(NoteState next) {
        return new Note(id, version, consultationId, templateId, language, next, sections, modelIds);
    }

    /** Replaces the section with the same key. */
    public Note withSection(NoteSection replaced) {
        List<NoteSection> copy = new ArrayList<>(sections);
        int i = indexOf(replaced.key());
        if (i < 0) {
            throw new IllegalArgumentException("No section " + replaced.key() + " in this note");
        }
        copy.set(i, replaced);
        return new Note(id, version, consultationId, templateId, language, state, copy, modelIds);
    }

    /** The next version, for a correction after approval, starting again as a draft. */
    public Note nextVersion() {
        return new Note(id, version + 1, consultationId, templateId, language, NoteState.AMENDED, sections, modelIds);
    }

    private int indexOf(String key) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Note[" + id + " v" + version + ", " + state + ", " + sections.size() + " sections]";
    }
}
