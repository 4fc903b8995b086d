package se.diktera.core.note;

/** Where in the transcript (and so in the audio) a statement comes from. */
public record TranscriptSpan(String segmentId, long startMs, long endMs) {

    public TranscriptSpan {
        if (segmentId == null || segmentId.isBlank()) {
            throw new IllegalArgumentException("A span names its segment");
        }
        if (startMs < 0 || endMs < startMs) {
            throw new IllegalArgumentException("A span's end must not come before its start");
        }
    }
}
