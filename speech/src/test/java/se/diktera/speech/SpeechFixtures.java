package se.diktera.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import se.diktera.core.json.DikteraJson;
import se.diktera.models.BundledModels;
import se.diktera.models.InstalledModel;
import se.diktera.models.ModelCatalog;
import se.diktera.models.ModelKind;
import se.diktera.models.ModelStore;

/** Real parts for speech tests: the bundled English model, and speech made by espeak-ng and sox. */
public final class SpeechFixtures {

    private static InstalledModel english;

    private SpeechFixtures() {
    }

    /** The real English Vosk model, installed once per build from its Maven Central archive. */
    public static synchronized InstalledModel englishModel() throws Exception {
        if (english == null) {
            Path dir = Path.of(System.getProperty("diktera.test.models", "target/test-models"));
            DikteraJson json = new DikteraJson();
            ModelCatalog catalog = ModelCatalog.builtIn(json);
            ModelStore store = new ModelStore(dir, json, Clock.systemUTC());
            BundledModels.locate(SpeechFixtures.class).installMissing(catalog, store);
            english = store.forLanguage(ModelKind.SPEECH, "en", catalog).orElseThrow(
                    () -> new AssertionError("the build did not bundle the English model"));
        }
        return english;
    }

    /** Speaks {@code text} with espeak-ng (US English, 130 words a minute) into a WAV file (22.05 kHz mono). */
    public static Path speak(String text, Path wav) throws IOException, InterruptedException {
        run(List.of("espeak-ng", "-v", "en-us", "-s", "130", "-w", wav.toString(), text), wav);
        return wav;
    }

    /** Converts a WAV file with sox to another rate and channel count. */
    public static Path convert(Path wav, int rate, int channels, Path out) throws IOException, InterruptedException {
        run(List.of("sox", wav.toString(), "-r", String.valueOf(rate), "-c", String.valueOf(channels), out.toString()), out);
        return out;
    }

    private static void run(List<String> command, Path output) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command.get(0) + " is needed by the speech tests: apt-get install espeak-ng sox", e);
        }
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.get(0) + " failed: " + log);
        }
        if (!Files.isRegularFile(output)) {
            throw new IOException(command.get(0) + " wrote nothing");
        }
    }
}
