package se.diktera.app.followup;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.diktera.app.followup.KeyFigures.Group;
import se.diktera.app.followup.KeyFigures.Row;

/**
 * The tables of a follow-up workbook: the overview by month, a table per month, by contact type,
 * by unit, by week, and the sums by the finest group that files from several devices are merged by.
 *
 * @param merged true when made from several files' sums (the times are then means, not medians)
 */
record FollowUpTables(List<Row> overview, Map<String, List<Row>> months, List<Row> byContactType, List<Row> byUnit,
        List<Row> byWeek, List<Row> monthSums, List<Row> weekSums, boolean merged) {

    /** From one device's notes. */
    static FollowUpTables of(List<NoteTimeline> notes, String unit, double baselineMinutes, ZoneId zone) {
        List<Row> fine = KeyFigures.rows(notes, n -> new Group(KeyFigures.month(n, zone), unit, n.templateId(),
                n.contactType().name()), baselineMinutes);
        return new FollowUpTables(
                KeyFigures.rows(notes, n -> new Group(KeyFigures.month(n, zone), "", "", ""), baselineMinutes),
                byMonth(fine),
                KeyFigures.rows(notes, n -> new Group(KeyFigures.month(n, zone), "", "", n.contactType().name()), baselineMinutes),
                KeyFigures.rows(notes, n -> new Group(KeyFigures.month(n, zone), unit, "", ""), baselineMinutes),
                KeyFigures.rows(notes, n -> new Group(KeyFigures.week(n, zone), "", "", ""), baselineMinutes),
                fine,
                KeyFigures.rows(notes, n -> new Group(KeyFigures.week(n, zone), unit, n.templateId(), n.contactType().name()),
                        baselineMinutes),
                false);
    }

    /** From the sums of several files, added up group by group. */
    static FollowUpTables merged(Map<Group, Sums> monthSums, Map<Group, Sums> weekSums) {
        List<Row> fine = KeyFigures.regroup(monthSums, g -> g);
        return new FollowUpTables(
                KeyFigures.regroup(monthSums, g -> new Group(g.period(), "", "", "")),
                byMonth(fine),
                KeyFigures.regroup(monthSums, g -> new Group(g.period(), "", "", g.contactType())),
                KeyFigures.regroup(monthSums, g -> new Group(g.period(), g.unit(), "", "")),
                KeyFigures.regroup(weekSums, g -> new Group(g.period(), "", "", "")),
                fine,
                KeyFigures.regroup(weekSums, g -> g),
                true);
    }

    /** The finest rows, a table per month. */
    private static Map<String, List<Row>> byMonth(List<Row> fine) {
        return fine.stream().collect(Collectors.groupingBy(r -> r.group().period(), TreeMap::new, Collectors.toList()));
    }
}
