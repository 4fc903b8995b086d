package se.diktera.models;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import se.diktera.core.problem.Problem;

/**
 * Unpacks part of a zip archive into a folder, refusing entries that would land outside it, and
 * refusing before anything is written an archive that would unpack to more than any model needs
 * ({@value #MAX_UNPACKED_BYTES} bytes) or that is compressed far beyond what model files allow (a
 * zip bomb); while unpacking, no entry may grow past the size it declared.
 */
final class SafeUnzip {

    /** More than the largest Vosk model (about 2.5 GB unpacked) with room to spare. */
    static final long MAX_UNPACKED_BYTES = 6L * 1024 * 1024 * 1024;
    /** Model files (acoustic models, graphs, ONNX weights) compress a few times at most; a bomb a thousand. */
    static final long MAX_RATIO = 100;

    private SafeUnzip() {
    }

    /**
     * @param prefix only entries below this folder of the archive are unpacked, with the prefix
     *               taken off; "" for all
     * @return the number of files written
     */
    static int extract(Path archive, String prefix, Path target) throws ModelException, IOException {
        int files = 0;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            requireSensibleSize(zip, prefix, Files.size(archive), archive.getFileName().toString());
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                if (!name.startsWith(prefix) || name.length() == prefix.length()) {
                    continue;
                }
                Path out = target.resolve(name.substring(prefix.length())).normalize();
                if (!out.startsWith(target)) {
                    throw new ModelException(Problem.ARCHIVE_HOSTILE, "The archive " + archive.getFileName()
                            + " has an entry that points outside its folder (" + name + "); it was not installed");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = new BoundedInputStream(zip.getInputStream(entry), entry.getSize() >= 0
                        ? entry.getSize() : MAX_UNPACKED_BYTES, name)) {
                    Files.copy(in, out);
                }
                files++;
            }
        } catch (ZipException | EOFException e) {
            throw new ModelException(Problem.ARCHIVE_UNREADABLE, "The file " + archive.getFileName() + " is not a readable zip archive ("
                    + e.getMessage() + "); it may be truncated or not a zip at all", e);
        }
        return files;
    }

    private static void requireSensibleSize(ZipFile zip, String prefix, long archiveBytes, String name) throws ModelException {
        long declared = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (!e.isDirectory() && e.getName().replace('\\', '/').startsWith(prefix)) {
                declared += Math.max(0, e.getSize());
            }
        }
        if (declared > MAX_UNPACKED_BYTES) {
            throw new ModelException(Problem.ARCHIVE_TOO_LARGE, String.format(Locale.ROOT, "The archive %s would unpack to %.1f GB, more than any model"
                    + " needs (at most %.0f GB); nothing was installed", name, declared / 1e9, MAX_UNPACKED_BYTES / 1e9));
        }
        if (archiveBytes > 0 && declared / archiveBytes > MAX_RATIO) {
            throw new ModelException(Problem.ARCHIVE_TOO_LARGE, String.format(Locale.ROOT, "The archive %s is %d times smaller than what it would unpack"
                    + " to; model files do not compress like that (a zip bomb?); nothing was installed", name, declared / archiveBytes));
        }
    }

    /** An entry's data, refused once it grows past the size the entry declared. */
    private static final class BoundedInputStream extends FilterInputStream {
        private final long limit;
        private final String entry;
        private long read;

        BoundedInputStream(InputStream in, long limit, String entry) {
            super(in);
            this.limit = limit;
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new ZipException("entry " + entry + " holds more than it declared");
            }
        }
    }
}
