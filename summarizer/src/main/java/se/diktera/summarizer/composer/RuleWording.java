package se.diktera.summarizer.composer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.diktera.summarizer.facts.FactExtractor;

/**
 * A language's wording as data: the rewrites that clean any utterance, those for the patient's,
 * a relative's and the clinician's words, what counts as a command or talk about the talk, and the fixed
 * phrases the rewrites may add (with the fact finder's). Stateless and thread-safe.
 */
abstract class RuleWording implements ClinicalWording {

    private final List<Rewrite> clean;
    private final List<Rewrite> patient;
    private final List<Rewrite> relative;
    private final List<Rewrite> clinician;
    private final Pattern command;
    private final Set<String> phrases;

    RuleWording(List<Rewrite> clean, List<Rewrite> patient, List<Rewrite> clinician, Pattern command, Set<String> own) {
        this(clean, patient, patient, clinician, command, own);
    }

    /** With the words of someone else than the patient (a relative, a parent) read by rules of their own. */
    RuleWording(List<Rewrite> clean, List<Rewrite> patient, List<Rewrite> relative, List<Rewrite> clinician, Pattern command,
            Set<String> own) {
        this.clean = List.copyOf(clean);
        this.patient = List.copyOf(patient);
        this.relative = List.copyOf(relative);
        this.clinician = List.copyOf(clinician);
        this.command = command;
        Set<String> all = new HashSet<>(own);
        all.addAll(FactExtractor.PHRASES);
        this.phrases = Set.copyOf(all);
    }

    @Override
    public boolean isCommandOrTalk(String cleaned) {
        return command.matcher(cleaned).find();
    }

    @Override
    public String clean(String text) {
        return Rewrite.applyAll(clean, text, Pronouns.PATIENT);
    }

    @Override
    public String clean(String text, Role role) {
        return clean(Rewrite.applyAll(uncertainty(role), text, Pronouns.PATIENT));
    }

    /** The rewrites that keep what {@code role} says as uncertain before {@link #clean} drops softeners; none by default. */
    List<Rewrite> uncertainty(Role role) {
        return List.of();
    }

    /**
     * How a language marks what the clinician thinks is the case.
     *
     * @param thinks    the clinician saying what they think is the case ("I think it is …"), not what to do
     * @param uncertain words that already say how likely something is
     * @param word      the word that opens a worded sentence said so ("sannolikt", "likely")
     */
    record Likely(Pattern thinks, Pattern uncertain, String word) {
    }

    /** How this language marks the clinician's uncertainty; none by default. */
    Optional<Likely> likely() {
        return Optional.empty();
    }

    @Override
    public String withUncertainty(String said, Role role, String worded) {
        Optional<Likely> likely = likely();
        if (role != Role.CLINICIAN || likely.isEmpty() || worded.isBlank() || !likely.get().thinks().matcher(said).find()
                || likely.get().uncertain().matcher(worded).find()) {
            return worded;
        }
        return likely.get().word() + " " + worded;
    }

    @Override
    public String rephrase(String cleaned, Role role, Pronouns pronouns) {
        List<Rewrite> rules = switch (role) {
            case CLINICIAN -> clinician;
            case PATIENT -> patient;
            case OTHER -> relative;
        };
        return Rewrite.applyAll(rules, cleaned, pronouns);
    }

    @Override
    public Set<String> phrases() {
        return phrases;
    }
}
