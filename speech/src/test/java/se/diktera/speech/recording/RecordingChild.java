package se.diktera.speech.recording;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import se.diktera.speech.audio.AudioFiles;
import se.diktera.speech.audio.PacedInputStream;

/**
 * Run in a child JVM by {@link RecordingCrashTest}: records a file at real-time pace, printing how
 * much it has captured after each chunk, until it is killed.
 */
public final class RecordingChild {

    private RecordingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path wav = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        PrintStream out = System.out;
        try (InputStream pcm = new RecordingInputStream(new PacedInputStream(AudioFiles.openAsPcm(wav), 1.0),
                CrashSafeRecorder.start(dir, args[2]))) {
            byte[] buffer = new byte[4000];
            long captured = 0;
            int n;
            while ((n = pcm.read(buffer, 0, buffer.length)) > 0) {
                captured += n;
                out.println("captured " + captured);
                out.flush();
            }
        }
        out.println("finished");
        Thread.sleep(60_000); // never finish the recording: the test kills us
    }
}
