package se.diktera.speech.audio;

/** Loudness of a chunk of 16-bit little-endian PCM, for the input level meter. */
public final class AudioLevel {

    private AudioLevel() {
    }

    /** Root mean square of the samples, 0 (silence) to 1 (full scale). */
    public static double rms(byte[] pcm, int offset, int length) {
        int samples = length / 2;
        if (samples == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < samples; i++) {
            int lo = pcm[offset + 2 * i] & 0xff;
            int hi = pcm[offset + 2 * i + 1];
            double s = ((hi << 8) | lo) / 32768.0;
            sum += s * s;
        }
        return Math.min(1.0, Math.sqrt(sum / samples));
    }
}
