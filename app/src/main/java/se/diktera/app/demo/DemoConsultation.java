package se.diktera.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;

/**
 * The demo's made-up consultation (no real patient), so the whole flow can be seen without a
 * microphone. When espeak-ng is installed it is spoken into a WAV file and goes through the real
 * recogniser like any recording; otherwise its words are played back as if recognised, at a
 * speaking pace, and the draft is made from them by the real drafter.
 */
public final class DemoConsultation {

    /** Words per minute of the scripted playback: a calm consultation. */
    static final int WORDS_PER_MINUTE = 150;
    private static final long WORD_MS = 60_000 / WORDS_PER_MINUTE;
    private static final long PAUSE_MS = 900;

    private final List<String> utterances;

    private DemoConsultation(List<String> utterances) {
        this.utterances = List.copyOf(utterances);
    }

    /** The bundled English consultation (English is the language of the bundled speech model). */
    public static DemoConsultation english() {
        try (InputStream in = DemoConsultation.class.getResourceAsStream("/se/diktera/app/demo/consultation-en.txt")) {
            if (in == null) {
                throw new IllegalStateException("The demo consultation is missing from the application");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new DemoConsultation(lines);
        } catch (IOException e) {
            throw new IllegalStateException("The demo consultation cannot be read", e);
        }
    }

    public String language() {
        return "en";
    }

    public String templateId() {
        return "en-soap";
    }

    public List<String> utterances() {
        return utterances;
    }

    /** The script as a transcript: a segment per utterance, words at a speaking pace, all certain. */
    public Transcript transcript() {
        List<Segment> segments = new ArrayList<>();
        long at = 0;
        int n = 0;
        for (String utterance : utterances) {
            List<Word> words = new ArrayList<>();
            for (String token : utterance.split("\\s+")) {
                String word = token.replaceAll("[^\\p{L}\\p{N}'-]", "").toLowerCase(java.util.Locale.ROOT);
                if (word.isEmpty()) {
                    continue;
                }
                words.add(new Word(word, at, at + WORD_MS - 40, 1.0));
                at += WORD_MS;
            }
            segments.add(new Segment("s" + (++n), words, null));
            at += PAUSE_MS;
        }
        return new Transcript(language(), "demo-script", segments);
    }

    /**
     * Speaks the consultation into {@code wav} with espeak-ng, if it is installed.
     *
     * @return the file, or empty when espeak-ng is not there or failed
     */
    public Optional<Path> speak(Path wav) {
        StringBuilder ssml = new StringBuilder("<speak>");
        for (String u : utterances) {
            ssml.append(u.replace("&", "and").replace("<", " ")).append("<break time=\"900ms\"/>");
        }
        ssml.append("</speak>");
        try {
            Files.createDirectories(wav.toAbsolutePath().getParent());
            Process p = new ProcessBuilder("espeak-ng", "-m", "-v", "en-us", "-s", "140", "-w", wav.toString(), ssml.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 && Files.size(wav) > 44 ? Optional.of(wav) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
