package se.diktera.core.store;

import se.diktera.core.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.audit.AuditAction;
import se.diktera.core.engine.AudioSink;

class RetentionAndLockTest {

    @TempDir
    Path dir;

    @Test
    void retentionDeletesExactlyWhatIsDueAndAuditsIt() throws Exception {
        StoreFixture f = new StoreFixture(dir);
        try (StoreSession s = f.vault.unlock("rolf", StoreFixture.REVIEWER_PASS)) {
            for (String id : new String[] {"old", "recent", "unexported"}) {
                try (AudioSink sink = s.recordings().start(id)) {
                    sink.append(new byte[3200], 0, 3200);
                }
                for (String kind : RetentionPolicy.NOTE_DOCUMENT_KINDS) {
                    s.documents().put(kind, id, kind + " of " + id);
                }
            }
            s.documents().put(ExportRecord.KIND, "old", new ExportRecord("old", f.clock.instant().minus(Duration.ofDays(40)), "fhir"));
            s.documents().put(ExportRecord.KIND, "recent", new ExportRecord("recent", f.clock.instant().minus(Duration.ofDays(2)), "fhir"));

            RetentionSweeper.Swept swept = new RetentionSweeper(s, new RetentionPolicy(Duration.ZERO, Duration.ofDays(30)), f.clock).sweep();

            assertThat(swept.audio()).containsExactlyInAnyOrder("old", "recent");
            assertThat(swept.documents()).containsExactly("old");
            assertThat(s.recordings().exists("unexported")).isTrue();
            assertThat(s.documents().ids("note")).containsExactlyInAnyOrder("recent", "unexported");
            assertThat(s.documents().ids("transcript")).containsExactlyInAnyOrder("recent", "unexported");
            assertThat(s.audit().eventsFor("old")).extracting(e -> e.action()).containsOnly(AuditAction.DELETE_BY_RETENTION).hasSize(2);
            assertThat(s.audit().verify().intact()).isTrue();

            assertThat(new RetentionSweeper(s, new RetentionPolicy(Duration.ZERO, Duration.ofDays(30)), f.clock).sweep().audio()).isEmpty();
        }
    }

    @Test
    void aSessionLocksAfterItsIdleTimeAndActivityPostponesIt() {
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-23T08:00:00Z"));
        SessionLock lock = new SessionLock(clock, SessionLock.DEFAULT_IDLE);

        clock.advance(Duration.ofMinutes(4));
        lock.touch();
        clock.advance(Duration.ofMinutes(4));
        assertThat(lock.isLocked()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lock.isLocked()).isTrue();
        lock.touch();
        assertThat(lock.isLocked()).as("touching a locked session does not unlock it").isTrue();
        lock.unlocked();
        assertThat(lock.isLocked()).isFalse();
    }
}
