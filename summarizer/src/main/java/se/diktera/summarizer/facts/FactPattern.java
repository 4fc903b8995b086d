package se.diktera.summarizer.facts;

import java.util.List;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Finds one kind of fact in an utterance's normalised text. */
interface FactPattern {

    List<Fact> find(Utterance utterance, boolean swedish);

    /**
     * Whether a plan this pattern finds stands beside a plan another pattern found in the same words
     * (whom to contact beside when), instead of giving way to it.
     */
    default boolean plansStandBesideOthers() {
        return false;
    }
}
