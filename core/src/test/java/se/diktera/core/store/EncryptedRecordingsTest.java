package se.diktera.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.AudioSink;

class EncryptedRecordingsTest {

    @TempDir
    Path dir;
    StoreSession session;

    @BeforeEach
    void unlock() throws Exception {
        session = new StoreFixture(dir).vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS);
    }

    @AfterEach
    void lock() {
        session.close();
    }

    private static byte[] chunk(int n, int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) n);
        return b;
    }

    private void record(String id, int chunks) throws Exception {
        try (AudioSink sink = session.recordings().start(id)) {
            for (int i = 0; i < chunks; i++) {
                sink.append(chunk(i, 4000), 0, 4000);
            }
        }
    }

    @Test
    void audioAppendedInChunksReadsBackWhole() throws Exception {
        record("rec1", 5);

        EncryptedRecordings.Recovered r = session.recordings().read("rec1");

        assertThat(r.pcm()).hasSize(20_000);
        assertThat(r.pcm()[4000]).isEqualTo((byte) 1);
        assertThat(r.chunks()).isEqualTo(5);
        assertThat(r.tornTailDropped()).isFalse();
        assertThat(r.ended()).isTrue();
        assertThat(session.recordings().ids()).containsExactly("rec1");
    }

    @Test
    void aRecordingCutAtAChunkBoundaryIsToldFromAWholeOne() throws Exception {
        record("rec1", 5);
        Path file = session.recordings().chunkFile("rec1");
        byte[] bytes = Files.readAllBytes(file);
        // Each chunk is its length, then the sealed bytes: keep exactly the first three.
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
        int end = 0;
        for (int i = 0; i < 3; i++) {
            end += 4 + b.getInt(end);
        }
        Files.write(file, Arrays.copyOf(bytes, end));

        EncryptedRecordings.Recovered r = session.recordings().read("rec1");

        assertThat(r.chunks()).isEqualTo(3);
        assertThat(r.tornTailDropped()).isFalse();
        assertThat(r.ended()).isFalse();
    }

    @Test
    void aChunkTornByACrashIsDroppedAndTheRestKept() throws Exception {
        record("rec1", 5);
        Path file = session.recordings().chunkFile("rec1");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));

        EncryptedRecordings.Recovered r = session.recordings().read("rec1");

        assertThat(r.chunks()).isEqualTo(4);
        assertThat(r.pcm()).hasSize(16_000);
        assertThat(r.tornTailDropped()).isTrue();
        assertThat(r.ended()).isFalse();
    }

    @Test
    void aChangedChunkInTheMiddleIsTampering() throws Exception {
        record("rec1", 5);
        Path file = session.recordings().chunkFile("rec1");
        byte[] bytes = Files.readAllBytes(file);
        bytes[6000] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> session.recordings().read("rec1")).isInstanceOf(TamperedDataException.class);
    }

    @Test
    void destroyingARecordingRemovesItsKeySoNoCopyCanBeRead() throws Exception {
        record("rec1", 2);
        Path copy = dir.resolve("stolen.audio");
        Files.copy(session.recordings().chunkFile("rec1"), copy);

        session.recordings().destroy("rec1");

        assertThat(session.recordings().exists("rec1")).isFalse();
        assertThat(session.recordings().chunkFile("rec1")).doesNotExist();
        Files.copy(copy, session.recordings().chunkFile("rec1"));
        assertThatThrownBy(() -> session.recordings().read("rec1")).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
