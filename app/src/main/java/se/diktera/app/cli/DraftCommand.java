package se.diktera.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import se.diktera.app.Messages;
import se.diktera.app.dictation.Engines;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.problem.Problem;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.TranscriptLimits;
import se.diktera.summarizer.drafting.NoteMarkdown;

/** {@code diktera draft TRANSCRIPT.json}: a structured draft note from a transcript. */
@Command(name = "draft", resourceBundle = Messages.BUNDLE)
final class DraftCommand implements Callable<Integer> {

    enum Format { md, json }

    @ParentCommand
    DikteraCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TRANSCRIPT.json", descriptionKey = "cli.draft.transcript")
    Path file;

    @Option(names = "--template", paramLabel = "ID", descriptionKey = "cli.draft.template")
    String template;

    @Option(names = "--format", paramLabel = "md|json", defaultValue = "md", descriptionKey = "cli.draft.format")
    Format format;

    @Override
    public Integer call() throws EngineException, IOException {
        Transcript transcript;
        try {
            if (Files.size(file) > TranscriptLimits.MAX_FILE_BYTES) {
                throw new EngineException(Problem.TRANSCRIPT_OVER_LIMITS, "'" + file.getFileName() + "' is " + Files.size(file) / (1024 * 1024)
                        + " MB, more than any consultation's transcript (at most " + TranscriptLimits.MAX_FILE_BYTES / (1024 * 1024)
                        + " MB); it was not read");
            }
            transcript = parent.context().json().read(Files.readString(file), "transcript", Transcript.class);
        } catch (NoSuchFileException e) {
            throw new EngineException(Problem.INPUT_FILE_MISSING, "The transcript file '" + file.getFileName() + "' does not exist", e);
        } catch (DocumentFormatException e) {
            throw new EngineException(Problem.INPUT_NOT_TRANSCRIPT, "'" + file.getFileName() + "' is not a Diktera transcript: " + e.getMessage()
                    + ". Make one with: diktera transcribe AUDIO --json", e);
        }
        DraftedNote note;
        try (Engines engines = new Engines(parent.context())) {
            note = engines.draft(transcript, template);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(parent.context().json().write("draft", note));
        } else {
            out.print(NoteMarkdown.render(note));
            out.flush();
        }
        for (String code : note.messages()) {
            spec.commandLine().getErr().println(parent.messages().get("draft.message." + code));
        }
        return 0;
    }
}
