package se.diktera.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Write-then-rename with fsync: after a crash or power cut a file holds either its old or its new
 * content, never a mix. Leftover temporary files are ignored by readers and cleaned up later.
 */
public final class AtomicFiles {

    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, Crash.NONE);
    }

    /** For tests: where to stop, as a crash would. */
    enum Crash { NONE, AFTER_TEMP_WRITTEN }

    static void write(Path target, byte[] content, Crash crash) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        if (crash == Crash.AFTER_TEMP_WRITTEN) {
            return;
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(dir);
    }

    /** Makes the rename itself durable (POSIX); a no-op where directories cannot be opened. */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; NTFS journals the rename itself.
        }
    }

    static boolean isTemporary(Path file) {
        return file.getFileName().toString().endsWith(TEMP_SUFFIX);
    }
}
