package se.diktera.summarizer.composer;

import java.util.Optional;
import java.util.Set;

/**
 * How a language's notes are worded: what an utterance loses (fillers, hedges, restarts) and how
 * it is turned into the register of a note (third person or no subject, the usual abbreviations).
 * Deterministic: the same words give the same sentence, and every word it adds comes from
 * {@link #phrases()}.
 */
public interface ClinicalWording {

    /**
     * Speech to other software, instructions while examining, talk about the talk: left out of the
     * note. Takes the text as {@link #clean} left it.
     */
    boolean isCommandOrTalk(String cleaned);

    /** Fillers, softeners and self-corrections gone; the words that remain are the speaker's. */
    String clean(String text);

    /**
     * {@link #clean} for what {@code role} said: a language may keep a clinician's uncertainty
     * ("det är nog", "troligen") where it drops the same words as a softener in anyone else's mouth.
     */
    default String clean(String text, Role role) {
        return clean(text);
    }

    /**
     * The worded sentence with the uncertainty the clinician said it with: a diagnosis said as
     * likely ("jag tror att det är en virusinfektion") stays likely in the note, never certain.
     * The worded text itself by default.
     *
     * @param said   the utterance as said
     * @param worded what {@link #rephrase} made of it
     */
    default String withUncertainty(String said, Role role, String worded) {
        return worded;
    }

    /** The cleaned text as a note would say it, for what {@code role} said. */
    String rephrase(String cleaned, Role role, Pronouns pronouns);

    /** "Ingen feber." / "Denies chest pain." after a no to a question about {@code what}; empty when no topic. */
    Optional<String> negated(String question);

    /**
     * What a question is about, as the start of the sentence that gives its answer ("Regarding
     * diabetes, " for "how are you doing with your diabetes?"), where the question names it.
     */
    Optional<String> topic(String question);

    /** "Feber." / "Reports chest pain." after a yes. */
    Optional<String> affirmed(String question);

    /**
     * The only words a drafted statement may have that its evidence does not: a short, fixed list
     * (the wording's own and {@link se.diktera.summarizer.facts.FactExtractor#PHRASES}).
     */
    Set<String> phrases();

    static ClinicalWording forLanguage(String language) {
        return language.startsWith("sv") ? new SwedishWording() : new EnglishWording();
    }
}
