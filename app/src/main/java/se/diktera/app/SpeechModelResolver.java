package se.diktera.app;

import java.util.Optional;

import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.SpeechTranscriber;
import se.diktera.core.problem.Problem;
import se.diktera.models.InstalledModel;
import se.diktera.models.ModelDescriptor;
import se.diktera.models.ModelException;
import se.diktera.models.ModelKind;
import se.diktera.speech.vosk.VoskTranscriber;

/**
 * Finds the speech model to use, installing the bundled one at first use, and loads it.
 * Swedish is preferred when installed; English is always bundled.
 */
public final class SpeechModelResolver {

    private final AppContext context;

    public SpeechModelResolver(AppContext context) {
        this.context = context;
    }

    /** The language to transcribe in when the user did not say: Swedish if a model is there. */
    public String defaultLanguage() {
        return context.modelStore().forLanguage(ModelKind.SPEECH, "sv", context.catalog()).isPresent() ? "sv" : "en";
    }

    /**
     * @param modelId  an installed model's id, or null to choose by language
     * @param language used when no id is given
     */
    public InstalledModel resolve(String modelId, String language) throws EngineException {
        if (modelId != null) {
            Optional<InstalledModel> byId = context.modelStore().find(modelId);
            if (byId.isPresent()) {
                return byId.get();
            }
            Optional<ModelDescriptor> catalogued = context.catalog().byId(modelId);
            if (catalogued.isPresent()) {
                return installBundled(catalogued.get());
            }
            throw new EngineException(Problem.SPEECH_MODEL_MISSING, "No speech model with the id " + modelId + " is installed."
                    + " See 'diktera models list'.");
        }
        Optional<InstalledModel> installed = context.modelStore().forLanguage(ModelKind.SPEECH, language, context.catalog());
        if (installed.isPresent()) {
            return installed.get();
        }
        Optional<ModelDescriptor> preferred = context.catalog().preferred(ModelKind.SPEECH, language);
        if (preferred.isPresent() && preferred.get().bundled()) {
            return installBundled(preferred.get());
        }
        throw new EngineException(Problem.SPEECH_MODEL_MISSING, "No speech model for the language '" + language + "' is installed. Import the one"
                + " your region supplies: diktera models import PATH --lang " + language);
    }

    public SpeechTranscriber load(InstalledModel model) throws EngineException {
        return VoskTranscriber.load(model.directory(), model.id(), model.language());
    }

    private InstalledModel installBundled(ModelDescriptor model) throws EngineException {
        var archive = context.bundledModels().archiveFor(model).orElseThrow(() -> new EngineException(Problem.BUNDLED_MODEL_MISSING,
                "The speech model " + model.id() + " is not installed and its archive is not beside the application ("
                        + context.bundledModels().directory() + "). Rebuild Diktera or reinstall the package."));
        try {
            return context.modelStore().installBundled(model, archive);
        } catch (ModelException e) {
            throw new EngineException(e.problem(), e.getMessage(), e);
        }
    }
}
