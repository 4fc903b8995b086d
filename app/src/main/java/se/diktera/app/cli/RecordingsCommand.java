package se.diktera.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.dictation.DictationPipeline;
import se.diktera.app.dictation.Engines;
import se.diktera.app.dictation.InterruptedRecordings;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.note.NoteId;
import se.diktera.core.store.StoreSession;
import se.diktera.speech.recording.RecordingRecovery;

/**
 * {@code diktera recordings}: repairs recordings a crash left unfinished in the recordings folder
 * and lists them; with {@code --as USER}, lists the recordings in the encrypted store that a crash
 * left without a transcript, and transcribes and drafts ({@code --recover ID}) or discards
 * ({@code --discard ID}) one of them, audited.
 */
@Command(name = "recordings", resourceBundle = Messages.BUNDLE)
final class RecordingsCommand implements Callable<Integer> {

    @ParentCommand
    DikteraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", paramLabel = "USER", descriptionKey = "cli.recordings.as")
    String user;

    @Option(names = "--recover", paramLabel = "ID", descriptionKey = "cli.recordings.recover")
    String recover;

    @Option(names = "--discard", paramLabel = "ID", descriptionKey = "cli.recordings.discard")
    String discard;

    @Override
    public Integer call() throws Exception {
        if (user != null) {
            return inTheStore();
        }
        if (recover != null || discard != null) {
            throw new IllegalArgumentException(parent.messages().get("recordings.needsUser"));
        }
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

    private int inTheStore() throws Exception {
        Messages messages = parent.messages();
        PrintWriter out = spec.commandLine().getOut();
        try (StoreSession session = parent.unlock(user);
             Engines engines = new Engines(parent.context())) {
            DictationPipeline pipeline = new DictationPipeline(session, engines, new NoteAudit(session, parent.context().clock()));
            List<InterruptedRecordings.Interrupted> mine = InterruptedRecordings.mine(session);
            String chosen = recover != null ? recover : discard;
            if (chosen != null) {
                InterruptedRecordings.Interrupted r = mine.stream().filter(i -> i.id().equals(chosen)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(messages.get("recordings.notYours", chosen)));
                if (discard != null) {
                    pipeline.discard(NoteId.parse(r.id()));
                    out.println(messages.get("recordings.discarded", r.id()));
                } else {
                    String template = r.consultation().map(c -> c.templateId()).orElse(null);
                    DraftedNote draft = pipeline.recover(NoteId.parse(r.id()), template);
                    out.println(messages.get("recordings.drafted", r.id(), draft.sections().stream()
                            .mapToInt(x -> x.statements().size()).sum()));
                }
                return 0;
            }
            out.println(messages.get("recordings.interrupted", mine.size()));
            for (InterruptedRecordings.Interrupted r : mine) {
                out.println(messages.get("recordings.interrupted.item", r.id(), r.seconds(), Date.from(r.startedAt()),
                        r.cutShort() ? 1 : 0));
            }
            return 0;
        }
    }
}
