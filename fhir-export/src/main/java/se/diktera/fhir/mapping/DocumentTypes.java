package se.diktera.fhir.mapping;

import java.util.Map;

/** LOINC document types by note template (US Core DocumentReference type). */
final class DocumentTypes {

    static final String LOINC = "http://loinc.org";
    private static final Map<String, String[]> BY_TEMPLATE = Map.of(
            "sv-journal", new String[] {"11506-3", "Progress note"},
            "en-soap", new String[] {"11506-3", "Progress note"},
            "en-hp", new String[] {"34117-2", "History and physical note"},
            "consult", new String[] {"11488-4", "Consult note"});

    private DocumentTypes() {
    }

    /** Code and display; templates a clinic adds are progress notes unless mapped here. */
    static String[] forTemplate(String templateId) {
        return BY_TEMPLATE.getOrDefault(templateId, BY_TEMPLATE.get("sv-journal"));
    }
}
