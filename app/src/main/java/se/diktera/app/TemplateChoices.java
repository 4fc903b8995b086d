package se.diktera.app;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.drafting.NoteTemplate;
import se.diktera.summarizer.drafting.NoteTemplates;

/** The note templates a clinician can start a consultation with: the built-in ones and the clinic's own. */
public final class TemplateChoices {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateChoices.class);

    private TemplateChoices() {
    }

    /**
     * Each template's id and title, in the order the client lists them.
     *
     * @throws EngineException when one of the clinic's template files is not valid
     */
    public static Map<String, String> of(AppContext context) throws EngineException {
        return titles(NoteTemplates.withClinicTemplates(context.paths().dataDir().resolve("templates")));
    }

    /** As {@link #of}, but the built-in templates alone (and a warning in the log) when a clinic template is not valid. */
    public static Map<String, String> orBuiltIn(AppContext context) {
        try {
            return of(context);
        } catch (EngineException e) {
            LOG.warn("The clinic's note templates are not offered: {}", e.getMessage());
            return titles(NoteTemplates.builtIn());
        }
    }

    /**
     * The LOINC document type each template gives its notes (template id to code), the clinic's own
     * templates included, for the FHIR export; the built-in templates' alone when a clinic template
     * is not valid.
     */
    public static Map<String, String> documentTypes(AppContext context) {
        NoteTemplates templates;
        try {
            templates = NoteTemplates.withClinicTemplates(context.paths().dataDir().resolve("templates"));
        } catch (EngineException e) {
            LOG.warn("The clinic's note templates are not used for document types: {}", e.getMessage());
            templates = NoteTemplates.builtIn();
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (String id : templates.ids()) {
            templates.find(id).map(NoteTemplate::loinc).filter(code -> code != null).ifPresent(code -> types.put(id, code));
        }
        return types;
    }

    private static Map<String, String> titles(NoteTemplates templates) {
        Map<String, String> titles = new LinkedHashMap<>();
        for (String id : templates.ids()) {
            titles.put(id, templates.find(id).map(t -> t.title()).orElse(id));
        }
        return titles;
    }
}
