package se.diktera.fhir;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.lifecycle.NoteState;

/**
 * The note versions a batch hands over, as they now stand: each version once, its withdrawal in
 * its place when one is among them, oldest first. Bulk Data writes them all (a withdrawn one as
 * entered-in-error); MHD provides only those not withdrawn.
 */
public final class NoteVersions {

    private NoteVersions() {
    }

    public static List<ApprovedNote> asTheyStand(List<ApprovedNote> notes) {
        Map<String, ApprovedNote> byVersion = new LinkedHashMap<>();
        for (ApprovedNote n : notes) {
            String key = n.note().id() + "/v" + n.note().version();
            if (!byVersion.containsKey(key) || n.note().state() == NoteState.ENTERED_IN_ERROR) {
                byVersion.put(key, n);
            }
        }
        return byVersion.values().stream()
                .sorted(Comparator.comparing(ApprovedNote::approvedAt).thenComparing(n -> n.note().version())).toList();
    }

    /** {@link #asTheyStand} without the withdrawn versions. */
    public static List<ApprovedNote> notWithdrawn(List<ApprovedNote> notes) {
        return asTheyStand(notes).stream().filter(n -> n.note().state() != NoteState.ENTERED_IN_ERROR).toList();
    }
}
