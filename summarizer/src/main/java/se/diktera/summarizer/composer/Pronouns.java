package se.diktera.summarizer.composer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import se.diktera.summarizer.text.Utterance;

/**
 * How the note refers to the patient: as "she" or "he" when the clinician's words say which
 * (she, her, female, ma'am; he, his, male, sir), else "the patient". Swedish journal style needs
 * neither: it leaves the subject out.
 */
public record Pronouns(String subject, String object, String possessive, String reflexive) {

    public static final Pronouns SHE = new Pronouns("she", "her", "her", "herself");
    public static final Pronouns HE = new Pronouns("he", "him", "his", "himself");
    public static final Pronouns PATIENT = new Pronouns("the patient", "the patient", "the patient's", "themselves");

    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself", "female", "woman", "lady", "ma'am",
            "mrs", "ms", "miss", "girl", "hon", "henne", "hennes", "kvinna", "flicka");
    private static final Set<String> MALE = Set.of("he", "him", "his", "himself", "male", "man", "gentleman", "sir",
            "mr", "boy", "han", "honom", "hans", "pojke");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']+");

    public static Pronouns detect(List<Utterance> us, List<Role> roles) {
        int female = 0;
        int male = 0;
        for (int i = 0; i < us.size(); i++) {
            if (roles.get(i) != Role.CLINICIAN) {
                continue;
            }
            for (String w : NON_WORD.split(us.get(i).text().toLowerCase(Locale.ROOT))) {
                female += FEMALE.contains(w) ? 1 : 0;
                male += MALE.contains(w) ? 1 : 0;
            }
        }
        if (female >= 1 && female > 2 * male) {
            return SHE;
        }
        return male >= 1 && male > 2 * female ? HE : PATIENT;
    }
}
