package se.diktera.speech.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.Model;
import org.vosk.Recognizer;

import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.PcmFormat;
import se.diktera.core.engine.SpeechTranscriber;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.engine.TranscriptionResult;
import se.diktera.core.problem.Problem;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;

/**
 * Local speech recognition with Vosk (Kaldi). The model is loaded once and shared; each
 * transcription gets its own recogniser, so several may run at once on different threads.
 */
public final class VoskTranscriber implements SpeechTranscriber {

    private static final Logger LOG = LoggerFactory.getLogger(VoskTranscriber.class);
    /** 125 ms of audio: small enough for lively partial results, large enough to cost nothing. */
    static final int CHUNK_BYTES = PcmFormat.BYTES_PER_SECOND / 8;

    private final Model model;
    private final String modelId;
    private final String language;
    private final VoskResults results = new VoskResults(new ObjectMapper());

    private VoskTranscriber(Model model, String modelId, String language) {
        this.model = model;
        this.modelId = modelId;
        this.language = language;
    }

    /**
     * Loads the model in {@code directory}.
     *
     * @throws EngineException when the folder is missing, unreadable or not a Vosk model
     */
    public static VoskTranscriber load(Path directory, String modelId, String language) throws EngineException {
        if (!Files.isDirectory(directory)) {
            throw new EngineException(Problem.SPEECH_MODEL_MISSING, "The speech model " + modelId + " is not installed (no folder " + directory
                    + "). Install it with 'diktera models install', or import it with 'diktera models import'.");
        }
        if (!Files.isReadable(directory) || !Files.isReadable(directory.resolve("am/final.mdl"))) {
            throw new EngineException(Problem.MODEL_DAMAGED, "The speech model folder " + directory + " cannot be read: check that it is"
                    + " complete and that your user may read it, or import the model again.");
        }
        VoskRuntime.ensureLoaded();
        long start = System.nanoTime();
        try {
            Model model = new Model(directory.toString());
            LOG.info("Loaded speech model {} in {} ms", modelId, (System.nanoTime() - start) / 1_000_000);
            return new VoskTranscriber(model, modelId, language);
        } catch (IOException e) {
            throw new EngineException(Problem.MODEL_DAMAGED, "The speech model in " + directory + " cannot be loaded: it is damaged or not"
                    + " a Vosk model. Import it again.", e);
        }
    }

    @Override
    public String modelId() {
        return modelId;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public TranscriptionResult transcribe(InputStream pcm, TranscriptionListener listener, Cancellation cancellation)
            throws EngineException {
        long start = System.nanoTime();
        long bytes = 0;
        List<Segment> segments = new ArrayList<>();
        boolean cancelled = false;
        try (Recognizer recognizer = newRecognizer()) {
            recognizer.setWords(true);
            byte[] buffer = new byte[CHUNK_BYTES];
            String lastPartial = "";
            int n;
            while ((n = readChunk(pcm, buffer)) > 0) {
                bytes += n;
                if (recognizer.acceptWaveForm(buffer, n)) {
                    addSegment(results.segment(recognizer.getResult(), nextId(segments)), segments, listener);
                    lastPartial = "";
                } else {
                    String partial = results.partialText(recognizer.getPartialResult());
                    if (!partial.equals(lastPartial)) {
                        listener.partial(partial);
                        lastPartial = partial;
                    }
                }
                if (cancellation.isCancelled()) {
                    cancelled = true;
                    break;
                }
            }
            addSegment(results.segment(recognizer.getFinalResult(), nextId(segments)), segments, listener);
        } catch (IOException e) {
            throw new EngineException(Problem.AUDIO_STREAM_FAILED, "The audio stopped with an error after "
                    + String.format("%.1f", bytes / (double) PcmFormat.BYTES_PER_SECOND) + " s: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new TranscriptionResult(new Transcript(language, modelId, segments),
                bytes / (double) PcmFormat.BYTES_PER_SECOND, seconds, cancelled);
    }

    private Recognizer newRecognizer() throws EngineException {
        try {
            return new Recognizer(model, PcmFormat.SAMPLE_RATE);
        } catch (IOException e) {
            throw new EngineException(Problem.MODEL_FAILED, "The speech model " + modelId + " cannot start a recogniser: " + e.getMessage(), e);
        }
    }

    /** Fills the buffer as far as the stream allows, so every chunk but the last is whole. */
    private static int readChunk(InputStream in, byte[] buffer) throws IOException {
        int total = 0;
        while (total < buffer.length) {
            int n = in.read(buffer, total, buffer.length - total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total - total % PcmFormat.BYTES_PER_SAMPLE;
    }

    private static String nextId(List<Segment> segments) {
        return "s" + (segments.size() + 1);
    }

    private static void addSegment(Optional<Segment> segment, List<Segment> segments, TranscriptionListener listener) {
        segment.ifPresent(s -> {
            segments.add(s);
            listener.segment(s);
        });
    }

    @Override
    public void close() {
        model.close();
    }
}
