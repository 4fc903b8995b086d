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

    private ChiefComplaint() {
    }

    /** The utterance that says why, and the reason in the note's words. */
    record Found(int utterance, String text) {
    }

    static Optional<Found> find(List<Utterance> us, List<Role> roles, ClinicalWording wording, boolean swedish) {
        int until = Math.max(1, (int) Math.ceil(us.size() * EARLY));
        for (int i = 0; i < Math.min(until, us.size()); i++) {
            Matcher m = (swedish ? SV : EN).matcher(wording.clean(us.get(i).text()));
            if (m.find()) {
                String cc = wording.rephrase(m.group("cc").strip(), roles.get(i), Pronouns.PATIENT);
                if (cc.split(" ").length <= 6 && !cc.isBlank()) {
                    return Optional.of(new Found(i, NoteComposer.sentence(cc)));
                }
            }
        }
        return Optional.empty();
    }
}
