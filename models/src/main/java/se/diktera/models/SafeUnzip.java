package se.diktera.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Unpacks part of a zip archive into a folder, refusing entries that would land outside it. */
final class SafeUnzip {

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
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/');
                if (!name.startsWith(prefix) || name.length() == prefix.length()) {
                    continue;
                }
                Path out = target.resolve(name.substring(prefix.length())).normalize();
                if (!out.startsWith(target)) {
                    throw new ModelException("The archive " + archive.getFileName()
                            + " has an entry that points outside its folder (" + name + "); it was not installed");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                files++;
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new ModelException("The file " + archive.getFileName() + " is not a readable zip archive ("
                    + e.getMessage() + "); it may be truncated or not a zip at all", e);
        }
        return files;
    }
}
