package se.diktera.speech.vosk;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.sound.sampled.AudioInputStream;

import org.vosk.Model;
import org.vosk.Recognizer;

import se.diktera.core.engine.Cancellation;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.PcmFormat;
import se.diktera.core.engine.TranscriptionListener;
import se.diktera.core.engine.TranscriptionResult;
import se.diktera.speech.audio.AudioFiles;
import se.diktera.speech.audio.PacedInputStream;

/**
 * Measures the speech pipeline on this machine: model load time, real-time factor of the full
 * pipeline against a bare Vosk loop over the same audio, and how far partial results lag behind
 * live audio. Prints nothing itself; the caller reports the figures.
 */
public final class VoskBenchmark {

    /** What one run measured. Times in seconds. */
    public record Figures(double audioSeconds, double modelLoadFirst, double modelLoadWarm,
            double pipelineRtf, double bareVoskRtf, double partialLagMedian, double partialLagMax,
            double chunkSeconds, int words) {
    }

    private final Path modelDir;
    private final String modelId;
    private final String language;

    public VoskBenchmark(Path modelDir, String modelId, String language) {
        this.modelDir = modelDir;
        this.modelId = modelId;
        this.language = language;
    }

    public Figures run(Path audioFile, double pacedSeconds) throws EngineException, IOException {
        byte[] pcm;
        try (AudioInputStream in = AudioFiles.openAsPcm(audioFile)) {
            pcm = in.readAllBytes();
        }
        double audioSeconds = pcm.length / (double) PcmFormat.BYTES_PER_SECOND;

        long t0 = System.nanoTime();
        VoskTranscriber first = VoskTranscriber.load(modelDir, modelId, language);
        double loadFirst = seconds(t0);
        first.close();
        t0 = System.nanoTime();
        try (VoskTranscriber transcriber = VoskTranscriber.load(modelDir, modelId, language)) {
            double loadWarm = seconds(t0);

            TranscriptionResult full = transcriber.transcribe(new ByteArrayInputStream(pcm),
                    TranscriptionListener.NONE, new Cancellation());
            double bare = bareVoskSeconds(pcm);

            List<Double> lags = partialLags(transcriber, pcm, pacedSeconds);
            Collections.sort(lags);
            double median = lags.isEmpty() ? Double.NaN : lags.get(lags.size() / 2);
            double max = lags.isEmpty() ? Double.NaN : lags.get(lags.size() - 1);
            return new Figures(audioSeconds, loadFirst, loadWarm, full.realTimeFactor(), bare / audioSeconds,
                    median, max, VoskTranscriber.CHUNK_BYTES / (double) PcmFormat.BYTES_PER_SECOND,
                    full.transcript().wordCount());
        }
    }

    /** The same audio through Vosk alone: no stream, no JSON parsing, no listener. */
    private double bareVoskSeconds(byte[] pcm) throws IOException {
        try (Model model = new Model(modelDir.toString()); Recognizer r = new Recognizer(model, PcmFormat.SAMPLE_RATE)) {
            r.setWords(true);
            long t0 = System.nanoTime();
            for (int off = 0; off < pcm.length; off += VoskTranscriber.CHUNK_BYTES) {
                byte[] chunk = Arrays.copyOfRange(pcm, off, Math.min(pcm.length, off + VoskTranscriber.CHUNK_BYTES));
                r.acceptWaveForm(chunk, chunk.length);
            }
            r.getFinalResult();
            return seconds(t0);
        }
    }

    /**
     * Feeds the first {@code seconds} of audio at real-time pace and records, for each partial
     * result, how far the wall clock has run ahead of the audio delivered (processing lag).
     */
    private static List<Double> partialLags(VoskTranscriber transcriber, byte[] pcm, double seconds) throws EngineException {
        int bytes = (int) Math.min(pcm.length, PcmFormat.millisToBytes((long) (seconds * 1000)));
        long[] delivered = new long[1];
        long start = System.nanoTime();
        List<Double> lags = new ArrayList<>();
        InputStream counted = new FilterInputStream(new PacedInputStream(new ByteArrayInputStream(pcm, 0, bytes), 1.0)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    delivered[0] += n;
                }
                return n;
            }
        };
        transcriber.transcribe(counted, new TranscriptionListener() {
            @Override
            public void partial(String text) {
                double wall = seconds(start);
                double audio = delivered[0] / (double) PcmFormat.BYTES_PER_SECOND;
                lags.add(Math.max(0, wall - audio));
            }
        }, new Cancellation());
        return lags;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
