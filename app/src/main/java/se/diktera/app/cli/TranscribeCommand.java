package se.diktera.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.sound.sampled.AudioInputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import se.diktera.app.Messages;
import se.diktera.app.dictation.Engines;
import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.engine.TranscriptionResult;
import se.diktera.core.problem.Problem;
import se.diktera.core.transcript.Segment;
import se.diktera.models.InstalledModel;
import se.diktera.speech.audio.AudioFiles;

/** {@code diktera transcribe FILE}: the transcript of an audio file, as text or JSON. */
@Command(name = "transcribe", resourceBundle = Messages.BUNDLE)
final class TranscribeCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "cli.transcribe.file")
    Path file;

    @Option(names = "--model", paramLabel = "ID", descriptionKey = "cli.transcribe.model")
    String modelId;

    @Option(names = "--language", paramLabel = "LANG", descriptionKey = "cli.transcribe.language")
    String language;

    @Option(names = "--json", descriptionKey = "cli.transcribe.json")
    boolean json;

    @Override
    public Integer call() throws EngineException {
        TranscriptionResult result;
        String modelUsed;
        try (Engines engines = new Engines(parent.context());
             AudioInputStream pcm = AudioFiles.openAsPcm(file)) {
            InstalledModel model = engines.speechModel(modelId, language);
            modelUsed = model.id();
            result = engines.transcribe(model, pcm, TranscriptionListener.NONE, new Cancellation());
        } catch (IOException e) {
            throw new EngineException(Problem.AUDIO_UNREADABLE, "Reading " + file.getFileName() + " failed: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(parent.context().json().write("transcript", result.transcript()));
        } else {
            for (Segment s : result.transcript().segments()) {
                out.printf("[%s-%s] %s%n", clock(s.startMs()), clock(s.endMs()), s.text());
            }
        }
        spec.commandLine().getErr().println(parent.messages().get("transcribe.summary", modelUsed,
                String.format("%.1f", result.audioSeconds()), String.format("%.1f", result.processingSeconds()),
                String.format("%.2f", result.realTimeFactor())));
        if (result.transcript().segments().isEmpty()) {
            // An empty transcript is no success: the file may be silence, the wrong language or noise.
            spec.commandLine().getErr().println(parent.messages().get("transcribe.nothingHeard",
                    String.format("%.1f", result.audioSeconds()), file.getFileName()));
            return 1;
        }
        return 0;
    }

    private static String clock(long ms) {
        return String.format("%02d:%02d.%d", ms / 60_000, ms / 1000 % 60, ms / 100 % 10);
    }
}
