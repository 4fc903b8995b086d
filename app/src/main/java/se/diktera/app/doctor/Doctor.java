package se.diktera.app.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.core.store.StoreSession;
import se.diktera.models.InstalledModel;
import se.diktera.models.ModelDescriptor;
import se.diktera.models.ModelKind;
import se.diktera.speech.recording.RecordingRecovery;

/**
 * Checks that this device can run Diktera: the Java version, the data folder, free space and the
 * models, and says how to fix what is missing. Reads only; changes nothing.
 */
public final class Doctor {

    static final long LOW_DISK_BYTES = 2L * 1024 * 1024 * 1024;
    private static final List<String> LANGUAGES = List.of("sv", "en");

    private final AppContext context;
    private final Messages messages;
    private final Runtime.Version javaVersion;

    public Doctor(AppContext context, Messages messages, Runtime.Version javaVersion) {
        this.context = context;
        this.messages = messages;
        this.javaVersion = javaVersion;
    }

    public List<Finding> examine() {
        List<Finding> findings = new ArrayList<>();
        findings.add(checkJava());
        findings.add(checkDataFolder());
        findings.addAll(checkSpeechModels());
        checkUnfinishedRecordings().ifPresent(findings::add);
        checkInterruptedRecordings().ifPresent(findings::add);
        return findings;
    }

    private Optional<Finding> checkUnfinishedRecordings() {
        try {
            int unfinished = RecordingRecovery.findUnfinished(context.paths().recordings()).size();
            return unfinished == 0 ? Optional.empty() : Optional.of(Finding.warn(
                    messages.get("doctor.recordings.unfinished", unfinished), messages.get("doctor.recordings.fix")));
        } catch (IOException e) {
            return Optional.of(Finding.warn(messages.get("doctor.recordings.unreadable", context.paths().recordings()),
                    messages.get("doctor.data.fix")));
        }
    }

    /** Recordings in the encrypted store that a crash left without a transcript; found without a passphrase. */
    private Optional<Finding> checkInterruptedRecordings() {
        try {
            int interrupted = StoreSession.untranscribedRecordings(context.paths().store()).size();
            return interrupted == 0 ? Optional.empty() : Optional.of(Finding.warn(
                    messages.get("doctor.recordings.interrupted", interrupted), messages.get("doctor.recordings.interrupted.fix")));
        } catch (IOException e) {
            return Optional.of(Finding.warn(messages.get("doctor.recordings.unreadable", context.paths().store()),
                    messages.get("doctor.data.fix")));
        }
    }

    private Finding checkJava() {
        String vendor = System.getProperty("java.vendor", "?");
        if (javaVersion.feature() < 17) {
            return Finding.fail(messages.get("doctor.java.old", javaVersion, vendor), messages.get("doctor.java.fix"));
        }
        return Finding.ok(messages.get("doctor.java.ok", javaVersion, vendor));
    }

    private Finding checkDataFolder() {
        Path dir = context.paths().dataDir();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return Finding.fail(messages.get("doctor.data.unwritable", dir), messages.get("doctor.data.fix"));
        }
        long free;
        try {
            free = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return Finding.warn(messages.get("doctor.data.nospace", dir), messages.get("doctor.data.fix"));
        }
        double gb = free / 1e9;
        if (free < LOW_DISK_BYTES) {
            return Finding.warn(messages.get("doctor.data.lowdisk", dir, gb), messages.get("doctor.data.lowdisk.fix"));
        }
        return Finding.ok(Files.exists(dir) ? messages.get("doctor.data.ok", dir, gb) : messages.get("doctor.data.ok.new", dir, gb));
    }

    private List<Finding> checkSpeechModels() {
        List<Finding> findings = new ArrayList<>();
        for (String language : LANGUAGES) {
            String languageName = messages.get("language." + language);
            Optional<InstalledModel> installed =
                    context.modelStore().forLanguage(ModelKind.SPEECH, language, context.catalog());
            if (installed.isPresent()) {
                findings.add(Finding.ok(messages.get("doctor.model.ok", languageName, installed.get().id(),
                        installed.get().directory())));
                continue;
            }
            Optional<ModelDescriptor> bundled = context.catalog().preferred(ModelKind.SPEECH, language)
                    .filter(d -> context.bundledModels().archiveFor(d).isPresent());
            if (bundled.isPresent()) {
                findings.add(Finding.warn(messages.get("doctor.model.bundled", languageName, bundled.get().id()),
                        messages.get("doctor.model.bundled.fix")));
            } else {
                findings.add(Finding.warn(messages.get("doctor.model.missing", languageName, context.paths().models()),
                        messages.get("doctor.model.missing.fix", language)));
            }
        }
        return findings;
    }
}
