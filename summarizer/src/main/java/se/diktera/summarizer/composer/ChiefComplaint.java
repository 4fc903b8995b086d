package se.diktera.summarizer.composer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.summarizer.text.Utterance;

/**
 * The reason for the visit in a few words, as the first heading wants it ("Back pain.",
 * "Halsont.", "Uppföljning av diabetes."), taken from where it is said early in the encounter:
 * "presents with some back pain", "söker för ont i halsen", "hembesök för omläggning".
 */
final class ChiefComplaint {

    /** Only the first part of an encounter states why the patient came. */
    private static final double EARLY = 0.4;
    private static final Pattern EN = Pattern.compile("\\b(?:presents?|presenting|here|coming in|in today|came in|come in|"
            + "is in|are in|seeing you|see you|referred)(?: today| again| back)?(?: with| for| because of| due to)"
            + " (?:a |an |some |his |her |your |the |my |follow-?up (?:of |for |on )?)?(?<cc>[\\p{L}][\\p{L}' -]{2,50}?)"
            + "(?=[.,?!;]| and | who | that | today| which| so |$)", Rewrite.FLAGS);
    private static final Pattern SV = Pattern.compile("\\b(?:söker|sökt|kommer|kom|ringer|ringde|är här|hit|kontakt|"
            + "besöket|hembesök|återbesök|uppföljning|kontroll|videobesök|samtal)(?: idag| hit| nu| till oss)?"
            + "(?: för| på grund av| pga| med anledning av| angående| gällande| av)"
            + " (?:en |ett |sin |sitt |sina |min |mitt |mina |din |ditt |dina |att )?(?<cc>[\\p{L}][\\p{L} -]{2,50}?)"
            + "(?=[.,?!;]| och | som | idag| så | men |$)", Rewrite.FLAGS);

    /** A clinician's opening question: the answer to it is why the patient came. */
    private static final Pattern OPENING_SV = Pattern.compile("\\b(?:vad är det som gör att (?:du|ni) söker|"
            + "vad (?:kan|ska) jag hjälpa (?:dig|er|till) med|vad gäller det|hur kan jag hjälpa|vad (?:är det som )?har hänt|"
            + "vad söker (?:du|ni) för|varför (?:söker|kommer|ringer) (?:du|ni)|vad är det som besvärar|"
            + "vad (?:vill|ville) (?:du|ni) ta upp|vad är det (?:du|ni) (?:söker|kommer|ringer) för)", Rewrite.FLAGS);
    /** How long, as the answer says it once numbers are digits: "4 dagar", "sedan 2 veckor". */
    private static final Pattern DURATION_SV = Pattern.compile("\\b(?<n>\\d+(?:,\\d+)?) (?<unit>dagar|dygn|veckor|månader|år)\\b",
            Rewrite.FLAGS);
    /**
     * Where an answer said without punctuation goes on to a clause of its own, the story of the reason:
     * "Ont i halsen det började i söndags kväll" → "Ont i halsen".
     */
    private static final Pattern NEXT_CLAUSE_SV = Pattern.compile("(?<!\\b(?:sedan|sen|när|om|att|som|innan|efter|tills|medan|"
            + "då|eftersom))\\s+(?:(?:och|men|så) )?(?:(?:det|den|pat|hon|han) (?:började|har|hade|är|var|blev|blir|kom|gjorde)"
            + "|började)\\b.*$", Rewrite.FLAGS);
    /** A measurement said aloud, in the note's words ("Temp 36,7", "Vikt 51,2 kg", "BT 132/78"): a finding, never why. */
    private static final Pattern MEASUREMENT_SV = Pattern.compile("\\b(?:temp|vikt|bt|puls|sat|af)\\s+\\d", Rewrite.FLAGS);
    /** Answers this long are a story, not a reason. */
    private static final int MOST_WORDS = 10;

    private ChiefComplaint() {
    }

    /** The utterances that say why, and the reason in the note's words. */
    record Found(List<Integer> utterances, String text) {
    }

    static Optional<Found> find(List<Utterance> us, List<Role> roles, ClinicalWording wording, boolean swedish) {
        int until = Math.min(us.size(), Math.max(1, (int) Math.ceil(us.size() * EARLY)));
        for (int i = 0; i < until; i++) {
            Matcher m = (swedish ? SV : EN).matcher(wording.clean(us.get(i).text()));
            if (m.find()) {
                String cc = wording.rephrase(m.group("cc").strip(), roles.get(i), Pronouns.PATIENT);
                if (cc.split(" ").length <= 6 && !cc.isBlank()) {
                    return Optional.of(new Found(List.of(i), NoteComposer.sentence(cc)));
                }
            }
        }
        return swedish ? answerToTheOpeningQuestion(us, roles, wording, until) : Optional.empty();
    }

    /**
     * "Vad är det som gör att du söker idag?" – "Jag har så ont i halsen. Det började i söndags, så
     * det är fyra dagar nu.": the first sentence of the answer that names something, with how long
     * when the answer says it ("Ont i halsen sedan 4 dagar.").
     */
    private static Optional<Found> answerToTheOpeningQuestion(List<Utterance> us, List<Role> roles, ClinicalWording wording,
            int until) {
        for (int i = 0; i < until; i++) {
            if (roles.get(i) != Role.CLINICIAN || !OPENING_SV.matcher(wording.clean(us.get(i).text())).find()) {
                continue;
            }
            Integer what = null;
            String reason = null;
            Integer howLong = null;
            Matcher duration = null;
            for (int j = i + 1; j < Math.min(us.size(), i + 5) && roles.get(j) != Role.CLINICIAN; j++) {
                String said = wording.rephrase(wording.clean(us.get(j).text()), roles.get(j), Pronouns.PATIENT).strip();
                Matcher d = DURATION_SV.matcher(said);
                if (howLong == null && d.find()) {
                    howLong = j;
                    duration = d;
                }
                String words = DURATION_SV.matcher(said).replaceAll(" ").replaceAll("[^\\p{L} ]", " ").strip();
                if (what == null && words.split("\\s+").length >= 2 && said.split("\\s+").length <= MOST_WORDS
                        && !wording.isCommandOrTalk(said) && !MEASUREMENT_SV.matcher(said).find()) {
                    what = j;
                    reason = firstClause(said.replaceAll("[.!?,;:]+$", ""));
                }
            }
            if (what == null) {
                return Optional.empty();
            }
            if (howLong == null || howLong.equals(what) && DURATION_SV.matcher(reason).find()) {
                return Optional.of(new Found(List.of(what), NoteComposer.sentence(reason)));
            }
            return Optional.of(new Found(what < howLong ? List.of(what, howLong) : List.of(howLong, what),
                    NoteComposer.sentence(reason + " sedan " + duration.group("n") + " " + duration.group("unit"))));
        }
        return Optional.empty();
    }

    /** The reason without a clause that follows it, when what is left still names something. */
    private static String firstClause(String reason) {
        String cut = NEXT_CLAUSE_SV.matcher(reason).replaceFirst("");
        return cut.split("\\s+").length >= 2 ? cut : reason;
    }
}
