package se.diktera.fhir.mapping;

import java.util.Map;

/**
 * LOINC document types (US Core DocumentReference type): the code a note's template gives, else
 * the built-in templates' codes, else progress note; the display from the LOINC names Diktera's
 * templates use (a code without one here goes without a display, never with an invented one).
 */
final class DocumentTypes {

    static final String LOINC = "http://loinc.org";
    static final String PROGRESS_NOTE = "11506-3";
    private static final Map<String, String> BY_TEMPLATE = Map.of(
            "sv-journal", PROGRESS_NOTE,
            "sv-omvardnad", "34746-8",
            "en-soap", PROGRESS_NOTE,
            "en-clinic", PROGRESS_NOTE,
            "en-hp", "34117-2",
            "consult", "11488-4");
    private static final Map<String, String> DISPLAYS = Map.of(
            PROGRESS_NOTE, "Progress note",
            "34117-2", "History and physical note",
            "11488-4", "Consult note",
            "34746-8", "Nurse Note",
            "11526-1", "Pathology study",
            "18842-5", "Discharge summary",
            "28570-0", "Procedure note");

    private DocumentTypes() {
    }

    /** The LOINC code of notes written with {@code templateId}. */
    static String code(String templateId, Map<String, String> configured) {
        String code = configured.get(templateId);
        return code != null && code.matches("\\d{1,7}-\\d") ? code : BY_TEMPLATE.getOrDefault(templateId, PROGRESS_NOTE);
    }

    /** LOINC's name for {@code code}, or null when Diktera does not know it. */
    static String display(String code) {
        return DISPLAYS.get(code);
    }
}
