package se.diktera.app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.app.Messages;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.note.Note;
import se.diktera.core.note.NoteId;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.people.Role;
import se.diktera.core.store.Crypto;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.Vault;

/**
 * A store whose audit trail makes the figures known: six home visits in November with lead times
 * 10..60 minutes, two telephone contacts (too few to show), one note in December. The workbook
 * read back with POI holds those figures; two devices' workbooks merged hold their sum.
 */
class FollowUpTest {

    static final String ADMIN = "ett långt lösenord för ada";
    static final String KERSTIN = "fras om fjäll och hav";
    final Messages sv = new Messages(Locale.forLanguageTag("sv"));
    final Clinician kerstin = new Clinician("Kerstin", Role.CLINICIAN, new HsaId("SE2321000016-0001"));
    @TempDir
    Path dir;

    /** A device of its own: its store, its administrator and its clinician. */
    private Vault vault(String name) throws Exception {
        Vault vault = new Vault(dir.resolve(name), new DikteraJson(), new Crypto(new SecureRandom()), Clock.systemUTC(), 8 * 1024, 1);
        try (StoreSession admin = vault.createFirstAdministrator("admin", "Ada", new HsaId("SE2321000016-0000"), ADMIN.toCharArray())) {
            vault.addUser(admin, "kerstin", "Kerstin", Role.CLINICIAN, kerstin.hsaId(), KERSTIN.toCharArray());
        }
        return vault;
    }

    private Path device(String name) throws Exception {
        Vault vault = vault(name);
        try (StoreSession s = vault.unlock("kerstin", KERSTIN.toCharArray())) {
            KnownNotes.write(s, kerstin);
        }
        Path out = dir.resolve(name + ".xlsx");
        try (StoreSession admin = vault.unlock("admin", ADMIN.toCharArray())) {
            FollowUp.Written written = new FollowUp(sv, Clock.systemUTC(), ZoneOffset.UTC).export(admin,
                    Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), "Hemsjukvården Östersund",
                    FollowUp.DEFAULT_BASELINE_MINUTES, out);
            assertThat(written.notes()).isEqualTo(9);
            assertThat(admin.audit().verify().intact()).isTrue();
        }
        return out;
    }

    private static List<List<String>> sheet(Path xlsx, String name) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(name);
            assertThat(sheet).as(name).isNotNull();
            DataFormatter f = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                r.forEach(c -> cells.add(f.formatCellValue(c)));
                rows.add(cells);
            }
            return rows;
        }
    }

    private List<String> row(List<List<String>> rows, String period, String contactKey) {
        String contact = contactKey.isEmpty() ? "" : sv.get("ui.contact." + contactKey);
        return rows.stream().filter(r -> r.get(0).equals(period) && r.get(3).equals(contact)).findFirst().orElseThrow();
    }

    private int col(String key) {
        return 4 + FollowUpWorkbook.FIGURES.indexOf(key);
    }

    @Test
    void theWorkbookHoldsTheKnownFiguresAndHidesSmallCounts() throws Exception {
        Path xlsx = device("enhet");

        List<List<String>> overview = sheet(xlsx, sv.get("followup.sheet.overview"));
        assertThat(row(overview, "2026-11", "").get(col("notes"))).isEqualTo("8");
        assertThat(row(overview, "2026-11", "").get(col("shareHome"))).isEqualTo("75");
        assertThat(row(overview, "2026-11", "").get(col("shareRemote"))).isEqualTo("25");
        assertThat(row(overview, "2026-12", "").get(col("notes"))).isEqualTo("<5");

        List<List<String>> november = sheet(xlsx, "2026-11");
        List<String> home = row(november, "2026-11", "HEMBESOK");
        assertThat(home.get(col("notes"))).isEqualTo("6");
        // Lead times 10, 20, ..., 60 minutes: nearest-rank median 30, 90th percentile 60, mean 35.
        assertThat(home.get(col("leadMedian"))).isEqualTo("30");
        assertThat(home.get(col("leadP90"))).isEqualTo("60");
        assertThat(home.get(col("leadMean"))).isEqualTo("35");
        assertThat(home.get(col("activeMedian"))).isEqualTo("4");
        assertThat(home.get(col("recordedMinutes"))).isEqualTo("18");
        assertThat(home.get(col("added"))).isEqualTo("1");
        assertThat(home.get(col("removed"))).isEqualTo("1");
        assertThat(home.get(col("exportMedian"))).isEqualTo("2");
        // Six notes at (6.69 - 4) minutes each.
        assertThat(home.get(col("givenBack"))).isEqualTo("16.1");
        assertThat(row(november, "2026-11", "DISTANSKONTAKT_TELEFON").subList(4, 4 + FollowUpWorkbook.FIGURES.size()))
                .containsOnly("<5");
        assertThat(sheet(xlsx, sv.get("followup.sheet.definitions"))).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(
                sv.get("followup.col.givenBack")));
        assertThat(Files.readString(dir.resolve("enhet-2026-11.csv"))).contains("Hemsjukvården Östersund").doesNotContain("19121212");
    }

    @Test
    void twoDevicesMergedGiveTheSum() throws Exception {
        Path first = device("a");
        Path second = device("b");
        Path merged = dir.resolve("region.xlsx");

        FollowUp.Written written = new FollowUp(sv, Clock.systemUTC(), ZoneOffset.UTC).merge(List.of(first, second), merged);

        List<String> home = row(sheet(merged, "2026-11"), "2026-11", "HEMBESOK");
        assertThat(home.get(col("notes"))).isEqualTo(String.valueOf(2 * Integer.parseInt(
                row(sheet(first, "2026-11"), "2026-11", "HEMBESOK").get(col("notes")))));
        assertThat(home.get(col("leadMean"))).isEqualTo("35");
        assertThat(home.get(col("leadMedian"))).isEqualTo("–");
        assertThat(row(sheet(merged, "2026-11"), "2026-11", "DISTANSKONTAKT_TELEFON").get(col("notes"))).isEqualTo("<5");
        // Six known notes a device; the groups of fewer than five stay unknown.
        assertThat(written.notes()).isEqualTo(12);
        assertThat(row(sheet(merged, sv.get("followup.sheet.overview")), "2026-11", "").get(col("notes"))).isEqualTo("12 (+<5)");
    }
}
