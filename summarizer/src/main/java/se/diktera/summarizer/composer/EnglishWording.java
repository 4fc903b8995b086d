package se.diktera.summarizer.composer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English note wording: third person for the patient, fillers and restarts gone, clinicians' abbreviations. */
final class EnglishWording extends RuleWording {

    private static final List<Rewrite> CLEAN = List.of(
            Rewrite.of("\\b(?:um+|uh+|uh-huh|hmm+|mm+|mhm|er|ah|huh)\\b[,.]?", " "),
            Rewrite.of("\\b(?:you know|i mean|kind of|sort of|you see)\\b,?", " "),
            Rewrite.of("\\blike,", " "),
            Rewrite.of("(?<=^|\\s)[\\p{L}']+-(?=\\s|$)", " "),
            Rewrite.of("\\b([\\p{L}']+)(?:,?\\s+\\1\\b)+", "$1"),
            Rewrite.of("^(?:(?:so|okay|ok|well|yeah|yes|yep|alright|all right|now|and|but|oh|right|great|good|hey|"
                    + "sure|perfect|wow|gotcha|got it|i see)\\b[,.!]?\\s*)+", ""),
            Rewrite.of("\\b(?:to be honest|honestly|obviously|i guess|i think|basically|actually|definitely|just|really|"
                    + "pretty much|literally)\\b,?", " "),
            Rewrite.of(",? like,", ","),
            Rewrite.of("\\b(\\d+(?:\\.\\d+)?) (?:over|/) (\\d+)\\b", "$1/$2"),
            Rewrite.of("\\bgon na\\b|\\bgonna\\b", "going to"),
            Rewrite.of("\\bwan na\\b|\\bwanna\\b", "want to"),
            Rewrite.of("\\bcan ?n't\\b", "cannot"),
            Rewrite.of("\\bwo ?n't\\b", "will not"),
            Rewrite.of("\\b(\\p{L}+) ?n't\\b", "$1 not"),
            Rewrite.of("\\bkinda\\b", " "),
            Rewrite.of("\\.\\.\\.", ","),
            Rewrite.of("\\bmilligrams?\\b", "mg"),
            Rewrite.of("\\b(\\d+) percent\\b", "$1%"));
    private static final List<Rewrite> PATIENT = List.of(
            Rewrite.of("\\bi'm\\b|\\bi am\\b", "{S} is"),
            Rewrite.of("\\bi've\\b|\\bi have\\b", "{S} has"),
            Rewrite.of("\\bi'd\\b", "{S} would"),
            Rewrite.of("\\bi'll\\b", "{S} will"),
            Rewrite.of("\\bi don't\\b|\\bi do not\\b", "{S} does not"),
            Rewrite.of("\\bi haven't\\b", "{S} has not"),
            Rewrite.of("\\bi didn't\\b", "{S} did not"),
            Rewrite.of("\\bi can't\\b", "{S} cannot"),
            Rewrite.of("\\bi do\\b", "{S} does"),
            Rewrite.of("\\bi (feel|take|get|think|go|need|want|use|notice|know|like|see|work|walk|eat|drink|smoke|sleep|"
                    + "play|live|run|try|wake|tend|hurt|remember)\\b", "{S} $1s"),
            Rewrite.of("\\bi\\b", "{S}"),
            Rewrite.of("\\bmyself\\b", "{R}"),
            Rewrite.of("\\bmy\\b", "{P}"),
            Rewrite.of("\\bme\\b", "{O}"),
            Rewrite.of("\\b(she|he|the patient) (feel|take|get|go|need|want|use|notice|know|like|see|work|walk|eat|drink|"
                    + "smoke|sleep|play|live|run|wake|tend|hurt|remember)\\b", "$1 $2s"),
            Rewrite.of("\\b(she|he|the patient) have\\b", "$1 has"),
            Rewrite.of("\\b(she|he|the patient) trys\\b", "$1 tries"));
    private static final List<Rewrite> CLINICIAN = List.of(
            Rewrite.of("\\byou're\\b|\\byou are\\b", "{S} is"),
            Rewrite.of("\\byou've\\b|\\byou have\\b", "{S} has"),
            Rewrite.of("\\byou'll\\b", "{S} will"),
            Rewrite.of("\\byour\\b", "{P}"),
            Rewrite.of("\\byourself\\b", "{R}"),
            Rewrite.of("(?:^|(?<=\\b(?:and|so|if|that|because|when|but)\\s))you\\b", "{S}"),
            Rewrite.of("\\byou (?=(?:were|was|did|do|can|could|should|would|will|need|want|feel|get|take|go|mentioned|said|"
                    + "told|noticed|had|went|started|stopped|came|know|think|say|use|try|tried|seem)\\b)", "{S} "),
            Rewrite.of("\\b(she|he|the patient) were\\b", "$1 was"),
            Rewrite.of("\\b(she|he|the patient) do\\b", "$1 does"),
            Rewrite.of("\\byou\\b", "{O}"),
            Rewrite.of("\\b(?:i|we) (?:want to|would like to|'d like to|am going to|are going to|'m going to|'re going to|"
                    + "will|'ll)(?: go ahead and| also)? ", "we will "),
            Rewrite.of("\\bi'm going to\\b|\\bi am going to\\b|\\bwe're going to\\b", "we will"),
            Rewrite.of("^(?:let's|let me) (?:talk|go over|review)(?: a little bit)? about\\b", ""),
            Rewrite.of("\\bi'm\\b", "i am"),
            Rewrite.of("\\b(she|he|the patient) (feel|take|get|go|need|want|use|notice|know|like|see|work|walk|eat|drink|"
                    + "smoke|sleep|play|live|run|wake|tend|hurt|remember)\\b", "$1 $2s"),
            Rewrite.of("\\b(she|he|the patient) have\\b", "$1 has"));
    private static final Pattern YES_NO = Pattern.compile("^(?:and |so |now |okay )*(?:(?:do|did|does) (?:you|she|he) "
            + "(?:have|get|feel|notice|experience)?|(?:have|has) (?:you|she|he) (?:had|been having|noticed|got|been)?|"
            + "are you (?:having|experiencing|feeling)?|any (?=\\p{L}))\\s*(?<article>any )?(?<what>.+?)"
            + "(?: at all| now| today| lately| recently| or anything(?: like that)?)?[?.]?$", Rewrite.FLAGS);
    static final Set<String> PHRASES = Set.of("likely", "she", "he", "her", "him", "his", "herself", "himself", "themselves",
            "the", "patient", "patient's", "is", "has", "would", "will", "does", "not", "did", "cannot", "we", "denies",
            "reports", "no", "mg", "%", "chief", "complaint", "history", "of", "present", "illness", "past", "social",
            "medications", "review", "systems", "physical", "examination", "results", "assessment", "and", "plan",
            "subjective", "objective", "allergies", "family", "a", "an", "i", "am", "pulse", "temperature",
            "blood", "pressure", "respiratory", "rate", "saturation", "follow", "up", "in", "°c", "/min", "mmhg", "tries", "going", "to", "want", "regarding", "was",
            "they", "their", "them");

    /** Speech to other software (the dictation assistant, the EHR) and talk about the talk: never a note's content. */
    private static final Pattern COMMAND = Pattern.compile("^(?:hey,? )?(?:dragon|dax|siri|alexa)\\b|^show me\\b|"
            + "^(?:let's|let me) (?:talk|go over|review|take a look)|^(?:i'm|i am) going to (?:examine|take a look|listen)",
            Rewrite.FLAGS);

    private static final Pattern TOPIC = Pattern.compile("\\b(?:in terms of|regarding|as far as|how (?:is|are|'s) "
            + "(?:you doing with|things with|it going with)?|what about|how about|with|for) (?:your|the|his|her) "
            + "(?<what>[\\p{L}' -]{3,40}?)(?=[,.?]| how| are| is| going| doing| been| do| have|$)", Rewrite.FLAGS);

    /** The clinician saying what they think is the case ("I think this is a sprain"), not what to do. */
    private static final Pattern THINKS = Pattern.compile("\\bi (?:think|suspect|believe)\\b(?! (?:that )?(?:we|you) "
            + "(?:should|can|could|will|need|want|are going|'re going|might)\\b)", Rewrite.FLAGS);
    /** Words that already say how likely something is. */
    private static final Pattern UNCERTAIN = Pattern.compile("\\b(?:likely|probably|possibly|possible|suspect|suspected|"
            + "maybe|perhaps|think|unclear|uncertain|concern|concerned)\\b", Rewrite.FLAGS);

    EnglishWording() {
        super(CLEAN, PATIENT, CLINICIAN, COMMAND, PHRASES);
    }

    @Override
    Optional<Likely> likely() {
        return Optional.of(new Likely(THINKS, UNCERTAIN, "likely"));
    }

    @Override
    public Optional<String> topic(String question) {
        Matcher m = TOPIC.matcher(clean(question));
        if (!m.find()) {
            return Optional.empty();
        }
        String what = m.group("what").strip();
        return what.split(" ").length > 5 ? Optional.empty() : Optional.of("Regarding " + what + ", ");
    }

    @Override
    public Optional<String> negated(String question) {
        return yesNoTopic(question).map(t -> "Denies " + t + ".");
    }

    @Override
    public Optional<String> affirmed(String question) {
        return yesNoTopic(question).map(t -> "Reports " + t + ".");
    }

    private Optional<String> yesNoTopic(String question) {
        Matcher m = YES_NO.matcher(clean(question));
        if (!m.matches()) {
            return Optional.empty();
        }
        String what = rephrase(m.group("what"), Role.CLINICIAN, Pronouns.PATIENT).replaceAll("[?.!]+$", "").strip();
        return what.isEmpty() || what.split(" ").length > 12 ? Optional.empty() : Optional.of(what);
    }

}
