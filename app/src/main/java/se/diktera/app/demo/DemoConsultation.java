package se.diktera.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.corpus.Encounter;
import se.diktera.summarizer.corpus.SwedishConsultations;

/**
 * The demo's made-up consultations (no real patient), so the whole flow can be seen without a
 * microphone: a Swedish one (the clinic's language), played as its words at a speaking pace,
 * since no Swedish speech model comes with Diktera; and an English one which, when espeak-ng is
 * installed, is spoken into a WAV file and goes through the real recogniser like any recording.
 * Either way the note is made by the real composer.
 */
public final class DemoConsultation {

    /** Words per minute of the scripted playback: a calm consultation. */
    static final int WORDS_PER_MINUTE = 150;
    private static final long WORD_MS = 60_000 / WORDS_PER_MINUTE;
    private static final long PAUSE_MS = 900;

    private final String language;
    private final String templateId;
    private final List<String> utterances;

    private DemoConsultation(String language, String templateId, List<String> utterances) {
        this.language = language;
        this.templateId = templateId;
        this.utterances = List.copyOf(utterances);
    }

    /** The demo in the given language: {@code sv} (the default) or {@code en}. */
    public static DemoConsultation forLanguage(String language) {
        return language != null && language.startsWith("en") ? english() : swedish();
    }

    /** The bundled Swedish consultation, written in the corpus's format (its turns, without their labels). */
    public static DemoConsultation swedish() {
        try (InputStream in = DemoConsultation.class.getResourceAsStream("/se/diktera/app/demo/konsultation-sv.txt")) {
            if (in == null) {
                throw new IllegalStateException("The Swedish demo consultation is missing from the application");
            }
            Encounter e = SwedishConsultations.parse("konsultation-sv.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new DemoConsultation("sv", e.template(), e.turns().stream().map(Encounter.Turn::text).toList());
        } catch (IOException e) {
            throw new IllegalStateException("The Swedish demo consultation cannot be read", e);
        }
    }

    /** The bundled English consultation (English is the language of the bundled speech model). */
    public static DemoConsultation english() {
        try (InputStream in = DemoConsultation.class.getResourceAsStream("/se/diktera/app/demo/consultation-en.txt")) {
            if (in == null) {
                throw new IllegalStateException("The demo consultation is missing from the application");
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return new DemoConsultation("en", "en-clinic", lines);
        } catch (IOException e) {
            throw new IllegalStateException("The demo consultation cannot be read", e);
        }
    }

    public String language() {
        return language;
    }

    public String templateId() {
        return templateId;
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
                String word = token.replaceAll("[^\\p{L}\\p{N}'-]", "").toLowerCase(Locale.ROOT);
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
     * Speaks the English consultation into {@code wav}: with Festival's HTS voice (cmu_us_slt) when
     * installed (Debian's {@code festival} and {@code festvox-us-slt-hts}; the recogniser hears it
     * far better than espeak-ng's), else with espeak-ng.
     *
     * @return the file, or empty for the Swedish one, or when neither speaks
     */
    public Optional<Path> speak(Path wav) {
        if (!language.equals("en")) {
            // Only the English speech model comes with Diktera: a Swedish demo plays as text.
            return Optional.empty();
        }
        try {
            Files.createDirectories(wav.toAbsolutePath().getParent());
            Path text = wav.resolveSibling(wav.getFileName() + ".txt");
            Files.writeString(text, String.join("\n\n", utterances) + "\n", StandardCharsets.UTF_8);
            try {
                if (run(new ProcessBuilder("text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", "-o", wav.toString(),
                        text.toString())) && Files.size(wav) > 44) {
                    return Optional.of(wav);
                }
            } finally {
                Files.deleteIfExists(text);
            }
            StringBuilder ssml = new StringBuilder("<speak>");
            for (String u : utterances) {
                ssml.append(u.replace("&", "and").replace("<", " ")).append("<break time=\"900ms\"/>");
            }
            ssml.append("</speak>");
            return run(new ProcessBuilder("espeak-ng", "-m", "-v", "en-us", "-s", "140", "-w", wav.toString(), ssml.toString()))
                    && Files.size(wav) > 44 ? Optional.of(wav) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs a speech synthesiser; false when it is not installed, fails or takes over two minutes. */
    private static boolean run(ProcessBuilder pb) throws InterruptedException {
        try {
            Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
