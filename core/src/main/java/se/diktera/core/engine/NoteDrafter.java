package se.diktera.core.engine;

import se.diktera.core.transcript.Transcript;

/** Turns a transcript into a structured draft note, on the device. Thread-safe implementations say so. */
public interface NoteDrafter {

    /**
     * @param templateId which headings to use, e.g. {@code sv-journal} or {@code en-soap}
     * @throws EngineException when the template is unknown or the model cannot run
     */
    DraftedNote draft(Transcript transcript, String templateId) throws EngineException;
}
