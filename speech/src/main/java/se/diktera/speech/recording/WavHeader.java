package se.diktera.speech.recording;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import se.diktera.core.engine.PcmFormat;

/** The 44-byte RIFF/WAVE header of a 16 kHz mono 16-bit PCM file. */
final class WavHeader {

    static final int SIZE = 44;

    private WavHeader() {
    }

    static ByteBuffer forDataBytes(long dataBytes) {
        long data = Math.min(dataBytes, 0xFFFF_FFFFL - 36);
        ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {'R', 'I', 'F', 'F'}).putInt((int) (36 + data));
        b.put(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '}).putInt(16);
        b.putShort((short) 1).putShort((short) PcmFormat.CHANNELS).putInt(PcmFormat.SAMPLE_RATE)
                .putInt(PcmFormat.BYTES_PER_SECOND).putShort((short) (PcmFormat.CHANNELS * PcmFormat.BYTES_PER_SAMPLE))
                .putShort((short) 16);
        b.put(new byte[] {'d', 'a', 't', 'a'}).putInt((int) data);
        return b.flip();
    }
}
