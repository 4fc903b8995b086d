package se.diktera.summarizer.composer;

import java.util.Locale;
import java.util.Set;

/** Who is speaking: the clinician, the patient, or someone else (a relative, a parent, an interpreter). */
public enum Role {
    CLINICIAN, PATIENT, OTHER;

    private static final Set<String> CLINICIANS = Set.of("doctor", "clinician", "nurse", "lakare", "läkare",
            "sjukskoterska", "sjuksköterska", "distriktsskoterska", "distriktssköterska", "fysioterapeut",
            "arbetsterapeut", "dr", "physician");

    /** The role a transcript's or corpus's speaker tag names; anyone not clinician or patient is OTHER. */
    public static Role fromTag(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (CLINICIANS.contains(t)) {
            return CLINICIAN;
        }
        return t.equals("patient") ? PATIENT : OTHER;
    }
}
