package se.diktera.app;

import java.util.Map;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.drafting.OnnxNoteDrafter;
import se.diktera.summarizer.model.SectionModel;

/** Builds the note drafter from the section models the build shipped, and the clinic's templates. */
public final class Drafters {

    private Drafters() {
    }

    /** The caller closes the returned models when it is done drafting. */
    public static Loaded load(AppContext context) throws EngineException {
        SectionModel sv = SectionModel.bundled("sv");
        SectionModel en = SectionModel.bundled("en");
        NoteTemplates templates = NoteTemplates.withClinicTemplates(context.paths().dataDir().resolve("templates"));
        return new Loaded(new OnnxNoteDrafter(Map.of("sv", sv, "en", en), templates), sv, en);
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
