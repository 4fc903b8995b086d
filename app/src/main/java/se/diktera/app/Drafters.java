package se.diktera.app;

import java.util.Map;
import java.util.Optional;

import se.diktera.core.engine.EngineException;
import se.diktera.models.InstalledModel;
import se.diktera.models.ModelKind;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.drafting.OnnxNoteDrafter;
import se.diktera.summarizer.model.SectionModel;

/**
 * Builds the note drafter: for each language the note model the region installed, else the one
 * the build trained, and the clinic's templates.
 */
public final class Drafters {

    private Drafters() {
    }

    /** The caller closes the returned models when it is done drafting. */
    public static Loaded load(AppContext context) throws EngineException {
        SectionModel sv = modelFor("sv", context);
        SectionModel en = modelFor("en", context);
        NoteTemplates templates = NoteTemplates.withClinicTemplates(context.paths().dataDir().resolve("templates"));
        return new Loaded(new OnnxNoteDrafter(Map.of("sv", sv, "en", en), templates), sv, en);
    }

    /** A note model the region installed for the language, else the one Diktera built. */
    static SectionModel modelFor(String language, AppContext context) throws EngineException {
        Optional<InstalledModel> supplied = context.modelStore().installed().stream()
                .filter(m -> m.kind() == ModelKind.NOTE && m.language().equals(language)).findFirst();
        return supplied.isPresent() ? SectionModel.load(supplied.get().directory(), supplied.get().id())
                : SectionModel.bundled(language);
    }

    /** A drafter and the models it holds open. */
    public record Loaded(OnnxNoteDrafter drafter, SectionModel swedish, SectionModel english) implements AutoCloseable {
        @Override
        public void close() {
            swedish.close();
            english.close();
        }
    }
}
