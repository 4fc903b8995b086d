package se.diktera.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.Messages;
import se.diktera.speech.recording.RecordingRecovery;

/**
 * {@code diktera recordings}: repairs recordings a crash left unfinished, then lists the
 * recordings on this device so they can be transcribed.
 */
@Command(name = "recordings", resourceBundle = Messages.BUNDLE)
final class RecordingsCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages messages = parent.messages();
        Path dir = parent.context().paths().recordings();
        PrintWriter out = spec.commandLine().getOut();
        List<RecordingRecovery.Recovered> recovered = RecordingRecovery.repairAll(dir);
        for (RecordingRecovery.Recovered r : recovered) {
            out.println(messages.get("recordings.recovered", r.file().getFileName(), r.seconds()));
        }
        out.println(messages.get("recordings.folder", dir));
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> wavs = Files.newDirectoryStream(dir, "*.wav")) {
                for (Path wav : wavs) {
                    out.println("  " + wav.getFileName());
                }
            }
        }
        if (!recovered.isEmpty()) {
            out.println(messages.get("recordings.transcribe.hint"));
        }
        return 0;
    }
}
