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

import se.diktera.core.SampleDomain;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;

class EncryptedDocumentsTest {

    @TempDir
    Path dir;
    StoreSession session;
    EncryptedDocuments docs;

    @BeforeEach
    void unlock() throws Exception {
        session = new StoreFixture(dir).vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS);
        docs = session.documents();
    }

    @AfterEach
    void lock() {
        session.close();
    }

    @Test
    void aNoteRoundTripsThroughTheEncryptedStore() throws Exception {
        Note note = SampleDomain.note(NoteState.DRAFTED);
        docs.put("note", note.id().toString(), note);

        assertThat(docs.get("note", note.id().toString(), Note.class)).contains(note);
        assertThat(docs.ids("note")).containsExactly(note.id().toString());
        assertThat(docs.get("note", "missing", Note.class)).isEmpty();
    }

    @Test
    void aFlippedByteIsDetectedAndNothingIsReturned() throws Exception {
        docs.put("note", "n1", SampleDomain.note(NoteState.DRAFTED));
        Path file = docs.file("note", "n1");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> docs.get("note", "n1", Note.class))
                .isInstanceOf(TamperedDataException.class).hasMessageContaining("integrity check");
    }

    @Test
    void aTruncatedFileIsDetected() throws Exception {
        docs.put("note", "n1", SampleDomain.note(NoteState.DRAFTED));
        Path file = docs.file("note", "n1");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> docs.get("note", "n1", Note.class)).isInstanceOf(TamperedDataException.class);

        Files.write(file, Arrays.copyOf(bytes, 5));
        assertThatThrownBy(() -> docs.get("note", "n1", Note.class)).isInstanceOf(TamperedDataException.class).hasMessageContaining("truncated");
    }

    @Test
    void aDocumentCopiedOverAnotherIsDetected() throws Exception {
        docs.put("note", "n1", "first");
        docs.put("note", "n2", "second");
        Files.copy(docs.file("note", "n1"), docs.file("note", "n2"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> docs.get("note", "n2", String.class)).isInstanceOf(TamperedDataException.class);
    }

    @Test
    void aCrashBetweenWriteAndRenameLeavesTheLastSavedVersionReadable() throws Exception {
        docs.put("draft", "d1", "version 1");
        Path target = docs.file("draft", "d1");

        AtomicFiles.write(target, "garbage of a half-done save".getBytes(), AtomicFiles.Crash.AFTER_TEMP_WRITTEN);

        assertThat(docs.get("draft", "d1", String.class)).contains("version 1");
        assertThat(docs.ids("draft")).containsExactly("d1");
        try (var files = Files.list(target.getParent())) {
            assertThat(files.filter(AtomicFiles::isTemporary).count()).isEqualTo(1);
        }
    }
}
