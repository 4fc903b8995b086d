package se.diktera.speech.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.PcmFormat;

class CrashSafeRecorderTest {

    @TempDir
    Path dir;

    private static byte[] tone(int millis) {
        byte[] pcm = new byte[(int) PcmFormat.millisToBytes(millis)];
        for (int i = 0; i < pcm.length / 2; i++) {
            short s = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / PcmFormat.SAMPLE_RATE));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        return pcm;
    }

    private static long frames(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.getFrameLength();
        }
    }

    @Test
    void aFinishedRecordingIsAValidWavWithEverySample() throws Exception {
        byte[] pcm = tone(2500);
        Path wav;
        try (CrashSafeRecorder recorder = CrashSafeRecorder.start(dir, "rec-1")) {
            recorder.append(pcm, 0, pcm.length);
            wav = recorder.finish();
        }

        assertThat(wav).hasFileName("rec-1.wav");
        assertThat(frames(wav)).isEqualTo(pcm.length / 2);
        assertThat(RecordingRecovery.findUnfinished(dir)).isEmpty();
    }

    @Test
    void anUnfinishedRecordingIsFoundAndRepairedKeepingEveryWholeSample() throws Exception {
        byte[] pcm = tone(1500);
        try (CrashSafeRecorder recorder = CrashSafeRecorder.start(dir, "rec-2")) {
            recorder.append(pcm, 0, pcm.length);
            recorder.append(new byte[] {1}, 0, 1); // half a sample, as a crash mid-write might leave
        }

        assertThat(RecordingRecovery.findUnfinished(dir)).containsExactly(dir.resolve("rec-2.wav.part"));
        RecordingRecovery.Recovered recovered = RecordingRecovery.repair(dir.resolve("rec-2.wav.part"));

        assertThat(recovered.file()).hasFileName("rec-2.wav");
        assertThat(frames(recovered.file())).isEqualTo(pcm.length / 2);
        assertThat(recovered.seconds()).isEqualTo(1.5);
        assertThat(RecordingRecovery.findUnfinished(dir)).isEmpty();
    }

    @Test
    void repairingNeverOverwritesAnExistingRecording() throws Exception {
        Files.writeString(dir.resolve("rec-3.wav"), "an older recording that must survive");
        Path part = dir.resolve("rec-3.wav.part");
        Files.write(part, new byte[WavHeader.SIZE + 320]);

        RecordingRecovery.Recovered recovered = RecordingRecovery.repair(part);

        assertThat(recovered.file()).hasFileName("rec-3-recovered-1.wav");
        assertThat(dir.resolve("rec-3.wav")).hasContent("an older recording that must survive");
    }

    @Test
    void aPartShorterThanItsHeaderBecomesAnEmptyButValidWav() throws Exception {
        Path part = Files.write(dir.resolve("rec-4.wav.part"), new byte[10]);

        RecordingRecovery.Recovered recovered = RecordingRecovery.repair(part);

        assertThat(frames(recovered.file())).isZero();
    }

    @Test
    void startingARecordingWhoseIdIsTakenIsRefused() throws Exception {
        Files.writeString(dir.resolve("rec-5.wav"), "kept");

        assertThatThrownBy(() -> CrashSafeRecorder.start(dir, "rec-5")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(dir.resolve("rec-5.wav")).hasContent("kept");
    }
}
