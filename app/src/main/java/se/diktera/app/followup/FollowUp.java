package se.diktera.app.followup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.followup.KeyFigures.Group;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.store.AccessPolicy;
import se.diktera.core.store.StoreSession;

/**
 * The follow-up the region keeps in its shared spreadsheet: this device's key figures for a
 * period, written as a workbook and CSV (aggregates only, small counts suppressed, the export
 * audited), and several devices' workbooks merged into one.
 */
public final class FollowUp {

    /** Minutes per note before an AI scribe, the figure Capio published (see the README). */
    public static final double DEFAULT_BASELINE_MINUTES = 6.69;

    /** What was written: the files, and how many notes the figures rest on. */
    public record Written(List<Path> files, int notes) {
    }

    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;

    public FollowUp(Messages messages, Clock clock, ZoneId zone) {
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Writes the figures of the notes whose consultation began in [from, to) to {@code xlsx}.
     *
     * @param unit            the care unit the device belongs to, as the region names it
     * @param baselineMinutes minutes per note without AI support, the time given back is measured against
     */
    public Written export(StoreSession session, Instant from, Instant to, String unit, double baselineMinutes, Path xlsx)
            throws IOException, DocumentFormatException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.CONFIGURE, null);
        List<NoteTimeline> notes = NoteTimelines.read(session, from, to);
        List<Path> files = new FollowUpWorkbook(messages).write(FollowUpTables.of(notes, unit, baselineMinutes, zone), xlsx);
        new NoteAudit(session, clock).recordAbout(AuditAction.REPORT, null, Map.of("what", "follow-up", "from", from.toString(), "to", to.toString(), "notes", Integer.toString(notes.size()),
                        "file", xlsx.getFileName().toString()));
        return new Written(files, notes.size());
    }

    /**
     * What the workbook's overview and week sheets hold for the same notes, for the client's
     * screen: the overview table (its first row the headings, cells as the workbook has them: numbers,
     * or "&lt;5" and "–"), each month's shares of home visits and remote contacts, and each week's
     * median lead time; months and weeks of fewer than five notes have no point.
     */
    public record Overview(List<List<Object>> table, Map<String, double[]> nearHome, Map<String, Double> leadByWeek) {
    }

    public Overview overview(StoreSession session, Instant from, Instant to, String unit, double baselineMinutes)
            throws IOException, DocumentFormatException {
        AccessPolicy.require(session.user(), AccessPolicy.Permission.CONFIGURE, null);
        FollowUpTables t = FollowUpTables.of(NoteTimelines.read(session, from, to), unit, baselineMinutes, zone);
        Map<String, double[]> nearHome = new TreeMap<>();
        t.overview().stream().filter(r -> !r.suppressed()).forEach(r -> nearHome.put(r.group().period(), new double[] {
            100.0 * r.sums().homeVisits() / r.sums().notes(), 100.0 * r.sums().remote() / r.sums().notes()}));
        Map<String, Double> lead = new TreeMap<>();
        t.byWeek().stream().filter(r -> !r.suppressed() && r.spread().leadMedian() != null)
                .forEach(r -> lead.put(r.group().period(), r.spread().leadMedian()));
        return new Overview(new FollowUpWorkbook(messages).table(t.overview(), false), nearHome, lead);
    }

    /** Adds up the sums of several devices' workbooks, group by group, into one workbook. */
    public Written merge(List<Path> workbooks, Path xlsx) throws IOException {
        Map<Group, Sums> months = new TreeMap<>();
        Map<Group, Sums> weeks = new TreeMap<>();
        for (Path in : workbooks) {
            List<Map<Group, Sums>> read = FollowUpWorkbook.readSums(in);
            read.get(0).forEach((g, s) -> months.merge(g, s, Sums::plus));
            read.get(1).forEach((g, s) -> weeks.merge(g, s, Sums::plus));
        }
        List<Path> files = new FollowUpWorkbook(messages).write(FollowUpTables.merged(months, weeks), xlsx);
        return new Written(files, (int) months.values().stream().mapToLong(Sums::notes).sum());
    }
}
