package se.diktera.app.followup;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The follow-up's key figures for groups of notes (a period, a care unit, a template, a contact
 * type): aggregates only. A group of fewer than {@link #SMALLEST} notes shows every figure as
 * "&lt;5", so no cell tells about fewer than five notes.
 */
final class KeyFigures {

    /** The smallest number of notes a figure may describe. */
    static final int SMALLEST = 5;
    static final String SUPPRESSED = "<" + SMALLEST;

    /** What a row is about: the period ("2026-11" or "2026-W47"), the unit, the template and the contact type ("" = all). */
    record Group(String period, String unit, String template, String contactType) implements Comparable<Group> {
        @Override
        public int compareTo(Group o) {
            return Comparator.comparing(Group::period).thenComparing(Group::unit).thenComparing(Group::template)
                    .thenComparing(Group::contactType).compare(this, o);
        }
    }

    /** The medians and 90th percentiles of a group's times, in minutes; absent in a merged workbook. */
    record Spread(Double leadMedian, Double leadP90, Double activeMedian, Double reviewMedian, Double exportMedian) {
        static Spread of(List<NoteTimeline> notes) {
            return new Spread(quantile(notes, NoteTimeline::leadTime, 0.5), quantile(notes, NoteTimeline::leadTime, 0.9),
                    quantile(notes, NoteTimeline::activeTime, 0.5), quantile(notes, NoteTimeline::reviewTurnaround, 0.5),
                    quantile(notes, NoteTimeline::exportDelay, 0.5));
        }
    }

    /** One row: its group, its sums, and (from a device's own notes) the spread of its times. */
    record Row(Group group, Sums sums, Spread spread) {
        boolean suppressed() {
            return sums.notes() < SMALLEST;
        }
    }

    private KeyFigures() {
    }

    static String month(NoteTimeline n, ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM").format(n.consultationStart().atZone(zone));
    }

    static String week(NoteTimeline n, ZoneId zone) {
        var day = n.consultationStart().atZone(zone);
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Rows of {@code notes} grouped by {@code key}, in the group's order. */
    static List<Row> rows(List<NoteTimeline> notes, Function<NoteTimeline, Group> key, double baselineMinutes) {
        Map<Group, List<NoteTimeline>> groups = notes.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        List<Row> rows = new ArrayList<>();
        groups.forEach((g, members) -> rows.add(new Row(g, Sums.of(members, baselineMinutes), Spread.of(members))));
        return rows;
    }

    /** Rows of merged sums grouped anew by {@code key} (no spread: medians do not add up). */
    static List<Row> regroup(Map<Group, Sums> sums, Function<Group, Group> key) {
        Map<Group, Sums> out = new TreeMap<>();
        sums.forEach((g, s) -> out.merge(key.apply(g), s, Sums::plus));
        return out.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue(), null)).toList();
    }

    private static Double quantile(List<NoteTimeline> notes, Function<NoteTimeline, Optional<Duration>> time, double q) {
        List<Double> minutes = notes.stream().map(time).flatMap(Optional::stream).map(d -> d.toSeconds() / 60.0).sorted().toList();
        if (minutes.isEmpty()) {
            return null;
        }
        // Nearest rank: the smallest value with at least q of the values at or below it.
        int rank = (int) Math.ceil(q * minutes.size());
        return minutes.get(Math.max(rank, 1) - 1);
    }
}
