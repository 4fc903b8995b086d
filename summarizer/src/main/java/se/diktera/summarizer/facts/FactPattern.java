package se.diktera.summarizer.facts;

import java.util.List;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Finds one kind of fact in an utterance's normalised text. */
interface FactPattern {

    List<Fact> find(Utterance utterance, boolean swedish);
}
