package se.diktera.speech.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes long stretches of English speech with espeak-ng (a Debian package), for benchmarks that
 * need minutes of audio without committing any. Not used by the app at run time.
 */
public final class SyntheticSpeech {

    private static final String[] SENTENCES = {
        "The patient has had a fever for three days.",
        "She takes one tablet twice a day.",
        "The heart sounds were normal and the lungs were clear.",
        "She has no pain in her chest.",
        "He has had a cough since Monday and it is worse at night.",
        "Blood pressure was one hundred and thirty over eighty.",
        "We will see her again in two weeks.",
        "He walks with a stick and lives alone at home.",
        "There is no swelling of the legs.",
        "The wound is healing well and there are no signs of infection.",
    };

    private SyntheticSpeech() {
    }

    /** Writes at least {@code seconds} of speech (22.05 kHz mono WAV) to {@code wav}. */
    public static Path atLeast(double seconds, Path wav) throws IOException, InterruptedException {
        // espeak-ng at 130 words a minute speaks these sentences at about 2 words a second.
        int wordsNeeded = (int) Math.ceil(seconds * 2.6) + 20;
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int i = 0; words < wordsNeeded; i++) {
            String s = SENTENCES[i % SENTENCES.length];
            text.append(s).append('\n');
            words += s.split(" ").length;
        }
        Path textFile = Files.createTempFile("diktera-bench", ".txt");
        try {
            Files.writeString(textFile, text, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("espeak-ng", "-v", "en-us", "-s", "130", "-f", textFile.toString(),
                    "-w", wav.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException("espeak-ng failed: " + log);
            }
        } catch (IOException e) {
            throw new IOException("The speech benchmark makes its audio with espeak-ng (apt-get install espeak-ng),"
                    + " or give it a file with --audio: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(textFile);
        }
        return wav;
    }
}
