package se.diktera.core.engine;

/**
 * The one audio format the speech engines read: 16 kHz, mono, signed 16-bit little-endian PCM.
 * Audio sources convert to it; engines never see anything else.
 */
public final class PcmFormat {

    public static final int SAMPLE_RATE = 16_000;
    public static final int CHANNELS = 1;
    public static final int BYTES_PER_SAMPLE = 2;
    public static final int BYTES_PER_SECOND = SAMPLE_RATE * CHANNELS * BYTES_PER_SAMPLE;

    private PcmFormat() {
    }

    public static long bytesToMillis(long bytes) {
        return bytes * 1000L / BYTES_PER_SECOND;
    }

    public static long millisToBytes(long millis) {
        return millis * BYTES_PER_SECOND / 1000L / BYTES_PER_SAMPLE * BYTES_PER_SAMPLE;
    }
}
