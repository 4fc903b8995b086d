package se.diktera.summarizer.corpus;

import java.util.List;

import se.diktera.core.transcript.Transcript;
import se.diktera.summarizer.composer.Role;
import se.diktera.summarizer.text.Utterance;
import se.diktera.summarizer.text.UtteranceSplitter;

/**
 * An encounter's utterances, cut as the composer cuts them, with the answers a model should give:
 * each one's speaker role and the note section its content went to ({@link NoteAlignment#UNUSED}
 * for none): from the corpus's own turn labels where it has them, else by alignment with the note.
 */
public record LabelledUtterances(Encounter encounter, Transcript transcript, List<Utterance> utterances,
        List<Role> roles, List<String> sections, List<String> turnSections) {

    /**
     * @param sections     what reached the note and where (the selector's and the evaluation's truth)
     * @param turnSections the section the corpus gave each utterance's turn, or the same as
     *                     {@code sections} where the corpus labels no turns (the section model's truth)
     */
    public LabelledUtterances {
        utterances = List.copyOf(utterances);
        roles = List.copyOf(roles);
        sections = List.copyOf(sections);
        turnSections = List.copyOf(turnSections);
    }

    public static LabelledUtterances of(Encounter e, Transcript transcript) {
        List<Utterance> us = UtteranceSplitter.split(transcript);
        List<Role> roles = us.stream().map(u -> Role.fromTag(turn(e, u).speaker())).toList();
        boolean turnsLabelled = e.turns().stream().allMatch(t -> t.section() != null);
        List<String> turns = turnsLabelled ? us.stream().map(u -> turn(e, u).section()).toList() : null;
        List<String> sections = NoteAlignment.label(us, e.referenceNote(), e.language(), turns);
        return new LabelledUtterances(e, transcript, us, roles, sections, turns != null ? turns : sections);
    }

    private static Encounter.Turn turn(Encounter e, Utterance u) {
        return e.turns().get(EncounterTranscripts.turnIndex(u.segmentId()));
    }
}
