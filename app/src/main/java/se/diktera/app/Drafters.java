package se.diktera.app;

import java.util.Map;
import java.util.Optional;

import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.NoteDrafter;
import se.diktera.models.InstalledModel;
import se.diktera.models.ModelKind;
import se.diktera.summarizer.composer.ComposerModels;
import se.diktera.summarizer.composer.NoteComposer;
import se.diktera.summarizer.composer.SectionTransitions;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.model.OnnxClassifier;

/**
 * Builds the note drafter: for each language the composer's models the build trained, with the
 * section model the region installed in place of the built-in one, and the clinic's templates.
 */
public final class Drafters {

    private Drafters() {
    }

    /** The caller closes the returned models when it is done drafting. */
    public static Loaded load(AppContext context) throws EngineException {
        ComposerModels sv = modelsFor("sv", context);
        try {
            ComposerModels en = modelsFor("en", context);
            NoteTemplates templates = NoteTemplates.withClinicTemplates(context.paths().dataDir().resolve("templates"));
            return new Loaded(new NoteComposer(Map.of("sv", sv, "en", en), templates), sv, en);
        } catch (EngineException | RuntimeException e) {
            sv.close();
            throw e;
        }
    }

    /** The composer's models for the language, the section model the region installed if any. */
    static ComposerModels modelsFor(String language, AppContext context) throws EngineException {
        Optional<InstalledModel> supplied = context.modelStore().installed().stream()
                .filter(m -> m.kind() == ModelKind.NOTE && m.language().equals(language)).findFirst();
        return supplied.isPresent()
                ? ComposerModels.withSections(language, OnnxClassifier.load(supplied.get().directory(), supplied.get().id()),
                        SectionTransitions.read(supplied.get().directory()))
                : ComposerModels.bundled(language);
    }

    /** A drafter and the models it holds open. */
    public record Loaded(NoteDrafter drafter, ComposerModels swedish, ComposerModels english) implements AutoCloseable {
        @Override
        public void close() {
            swedish.close();
            english.close();
        }
    }
}
