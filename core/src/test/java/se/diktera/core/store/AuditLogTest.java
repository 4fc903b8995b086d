package se.diktera.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;

class AuditLogTest {

    @TempDir
    Path dir;
    StoreSession session;
    Path file;

    @BeforeEach
    void writeFiveEvents() throws Exception {
        StoreFixture f = new StoreFixture(dir);
        session = f.vault.unlock("kerstin", StoreFixture.CLINICIAN_PASS);
        for (int i = 1; i <= 5; i++) {
            session.audit().append(AuditEvent.of(f.clock.instant(), "kerstin", i % 2 == 0 ? AuditAction.EDIT : AuditAction.VIEW,
                    i <= 3 ? "note-a" : "note-b", 1, Map.of("n", String.valueOf(i))));
        }
        file = dir.resolve("audit.log");
    }

    @AfterEach
    void lock() {
        session.close();
    }

    private void rewrite(java.util.function.UnaryOperator<List<String>> change) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        Files.write(file, change.apply(lines), StandardCharsets.UTF_8);
    }

    @Test
    void anUntouchedLogVerifies() throws Exception {
        assertThat(session.audit().verify()).isEqualTo(new AuditLog.Verification(true, 5, null));
    }

    @Test
    void anEditedLineIsDetected() throws Exception {
        rewrite(lines -> {
            lines.set(2, lines.get(2).replace("\"VIEW\"", "\"APPROVE\""));
            return lines;
        });

        AuditLog.Verification v = session.audit().verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("line 3 was edited");
    }

    @Test
    void aRemovedLineIsDetected() throws Exception {
        rewrite(lines -> {
            lines.remove(1);
            return lines;
        });

        assertThat(session.audit().verify().problem()).contains("chain breaks at line 2");
    }

    @Test
    void linesCutFromTheEndAreDetected() throws Exception {
        rewrite(lines -> lines.subList(0, 3));

        assertThat(session.audit().verify().problem()).contains("entries were removed from its end");
    }

    @Test
    void aNotesHistoryIsItsEventsInOrder() throws Exception {
        assertThat(session.audit().eventsFor("note-a")).extracting(e -> e.details().get("n")).containsExactly("1", "2", "3");
        assertThat(session.audit().eventsFor("note-b")).hasSize(2);
    }
}
