package se.diktera.app.followup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.diktera.core.consultation.ContactType;

/**
 * The additive part of a group's figures: counts and sums that two devices' files can be added up
 * by. Times are in seconds. A part that was suppressed (fewer than {@link KeyFigures#SMALLEST}
 * notes) is counted in {@code suppressedParts}, not in the sums.
 */
record Sums(long notes, long homeVisits, long remote, long recordedSeconds, long leadSeconds, long leadCount,
        long activeSeconds, long activeCount, double survivalSum, long survivalCount, long added, long removed,
        long reviewSeconds, long reviewCount, long sentBack, long exportSeconds, long exportCount, long exportFailures,
        double givenBackMinutes, long suppressedParts) {

    static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The names the merge sheet uses for the columns, in order. */
    static final List<String> COLUMNS = List.of("notes", "homeVisits", "remote", "recordedSeconds", "leadSeconds",
            "leadCount", "activeSeconds", "activeCount", "survivalSum", "survivalCount", "added", "removed", "reviewSeconds",
            "reviewCount", "sentBack", "exportSeconds", "exportCount", "exportFailures", "givenBackMinutes");

    static Sums of(List<NoteTimeline> notes, double baselineMinutes) {
        Sums s = NONE;
        for (NoteTimeline n : notes) {
            long lead = n.leadTime().map(d -> d.toSeconds()).orElse(-1L);
            long active = n.activeTime().map(d -> d.toSeconds()).orElse(-1L);
            long review = n.reviewTurnaround().map(d -> d.toSeconds()).orElse(-1L);
            long export = n.exportDelay().map(d -> d.toSeconds()).orElse(-1L);
            s = s.plus(new Sums(1, n.contactType() == ContactType.HEMBESOK ? 1 : 0, n.contactType().physicalMeeting() ? 0 : 1,
                    n.recordedSeconds(), Math.max(lead, 0), lead >= 0 ? 1 : 0, Math.max(active, 0), active >= 0 ? 1 : 0,
                    n.draftSurvival() == null ? 0 : n.draftSurvival(), n.draftSurvival() == null ? 0 : 1, n.statementsAdded(),
                    n.statementsRemoved(), Math.max(review, 0), review >= 0 ? 1 : 0, n.sentBack() ? 1 : 0, Math.max(export, 0),
                    export >= 0 ? 1 : 0, n.exportFailures(), active >= 0 ? baselineMinutes - active / 60.0 : 0, 0));
        }
        return s;
    }

    Sums plus(Sums o) {
        return new Sums(notes + o.notes, homeVisits + o.homeVisits, remote + o.remote, recordedSeconds + o.recordedSeconds,
                leadSeconds + o.leadSeconds, leadCount + o.leadCount, activeSeconds + o.activeSeconds, activeCount + o.activeCount,
                survivalSum + o.survivalSum, survivalCount + o.survivalCount, added + o.added, removed + o.removed,
                reviewSeconds + o.reviewSeconds, reviewCount + o.reviewCount, sentBack + o.sentBack,
                exportSeconds + o.exportSeconds, exportCount + o.exportCount, exportFailures + o.exportFailures,
                givenBackMinutes + o.givenBackMinutes, suppressedParts + o.suppressedParts);
    }

    /** A part of a merge that was shown as fewer than the smallest count: known to exist, not by how much. */
    static Sums suppressed() {
        return new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
    }

    /** The values in {@link #COLUMNS} order. */
    Map<String, Double> values() {
        double[] v = {notes, homeVisits, remote, recordedSeconds, leadSeconds, leadCount, activeSeconds, activeCount, survivalSum,
            survivalCount, added, removed, reviewSeconds, reviewCount, sentBack, exportSeconds, exportCount, exportFailures,
            givenBackMinutes};
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(COLUMNS.get(i), v[i]);
        }
        return m;
    }

    static Sums fromValues(Map<String, Double> v) {
        return new Sums(l(v, "notes"), l(v, "homeVisits"), l(v, "remote"), l(v, "recordedSeconds"), l(v, "leadSeconds"),
                l(v, "leadCount"), l(v, "activeSeconds"), l(v, "activeCount"), v.getOrDefault("survivalSum", 0.0),
                l(v, "survivalCount"), l(v, "added"), l(v, "removed"), l(v, "reviewSeconds"), l(v, "reviewCount"),
                l(v, "sentBack"), l(v, "exportSeconds"), l(v, "exportCount"), l(v, "exportFailures"),
                v.getOrDefault("givenBackMinutes", 0.0), 0);
    }

    private static long l(Map<String, Double> v, String key) {
        return Math.round(v.getOrDefault(key, 0.0));
    }
}
