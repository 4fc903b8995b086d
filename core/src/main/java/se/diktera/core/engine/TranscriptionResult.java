package se.diktera.core.engine;

import java.util.Objects;

import se.diktera.core.transcript.Transcript;

/**
 * A finished (or cancelled) transcription and what it cost.
 *
 * @param audioSeconds      length of the audio read
 * @param processingSeconds wall time spent recognising it
 */
public record TranscriptionResult(Transcript transcript, double audioSeconds, double processingSeconds, boolean cancelled) {

    public TranscriptionResult {
        Objects.requireNonNull(transcript, "transcript");
    }

    /** Processing time over audio time: below 1 is faster than real time. */
    public double realTimeFactor() {
        return audioSeconds == 0 ? 0 : processingSeconds / audioSeconds;
    }
}
