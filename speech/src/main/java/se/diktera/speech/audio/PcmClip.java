package se.diktera.speech.audio;

import java.util.Arrays;

/** A stretch of 16 kHz mono 16-bit PCM, cut by time: what a statement's evidence sounds like. */
public final class PcmClip {

    static final int BYTES_PER_MS = 32;

    private PcmClip() {
    }

    /**
     * The audio from {@code startMs} to {@code endMs}, widened by {@code marginMs} on each side
     * (so a clipped first syllable is heard) and clamped to the recording.
     */
    public static byte[] cut(byte[] pcm, long startMs, long endMs, long marginMs) {
        if (endMs < startMs || marginMs < 0) {
            throw new IllegalArgumentException("A clip needs start <= end and a margin >= 0");
        }
        long from = Math.max(0, (startMs - marginMs) * BYTES_PER_MS);
        long to = Math.min(pcm.length, (endMs + marginMs) * BYTES_PER_MS);
        if (from >= to) {
            return new byte[0];
        }
        return Arrays.copyOfRange(pcm, (int) from, (int) to);
    }

    /** How long {@code bytes} of this PCM play, in milliseconds. */
    public static long durationMs(long bytes) {
        return bytes / BYTES_PER_MS;
    }
}
