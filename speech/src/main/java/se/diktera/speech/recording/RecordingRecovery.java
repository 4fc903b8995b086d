package se.diktera.speech.recording;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import se.diktera.core.engine.PcmFormat;

/**
 * Finds recordings a crash left unfinished and makes them valid WAV files again, keeping every
 * whole sample that reached the disk. A repaired file never replaces an existing one.
 */
public final class RecordingRecovery {

    /** A repaired recording, ready to be offered for transcription. */
    public record Recovered(Path file, double seconds) {
    }

    private RecordingRecovery() {
    }

    public static List<Path> findUnfinished(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*" + CrashSafeRecorder.PART_SUFFIX)) {
            parts.forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    public static Recovered repair(Path part) throws IOException {
        long size = Files.size(part);
        long data = Math.max(0, size - WavHeader.SIZE);
        data -= data % PcmFormat.BYTES_PER_SAMPLE;
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
            if (size < WavHeader.SIZE) {
                ch.truncate(0);
            }
            ch.write(WavHeader.forDataBytes(data), 0);
            ch.truncate(WavHeader.SIZE + data);
            ch.force(true);
        }
        Path target = freeName(part);
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return new Recovered(target, data / (double) PcmFormat.BYTES_PER_SECOND);
    }

    /** Repairs every unfinished recording in {@code dir}. */
    public static List<Recovered> repairAll(Path dir) throws IOException {
        List<Recovered> result = new ArrayList<>();
        for (Path part : findUnfinished(dir)) {
            result.add(repair(part));
        }
        return result;
    }

    private static Path freeName(Path part) {
        String name = part.getFileName().toString();
        String id = name.substring(0, name.length() - CrashSafeRecorder.PART_SUFFIX.length());
        Path candidate = part.resolveSibling(id + ".wav");
        for (int n = 1; Files.exists(candidate); n++) {
            candidate = part.resolveSibling(id + "-recovered-" + n + ".wav");
        }
        return candidate;
    }
}
