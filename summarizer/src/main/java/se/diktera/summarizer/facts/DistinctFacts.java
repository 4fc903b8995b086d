package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.diktera.core.note.Fact;

/**
 * One fact per thing: a medication named three times (in the history, in the list, in the plan)
 * is one fact, the most complete mention, the later one on a tie (the plan has the last word),
 * unless given a second way: by another route ("Morfin 5 mg sc") or as the next step of a
 * tapering ("200 mg ... sen 100 mg");
 * a vital sign, lab or score once per value; the rest once per text.
 */
public final class DistinctFacts {

    private DistinctFacts() {
    }

    public static List<Fact> of(List<Fact> facts) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = key(f);
            Fact before = byKey.get(key);
            if (before == null || f.attributes().size() >= before.attributes().size()) {
                byKey.remove(key);
                byKey.put(key, f);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static String key(Fact f) {
        Map<String, String> a = f.attributes();
        return f.kind() + "|" + switch (f.kind()) {
            case MEDICATION -> a.getOrDefault("name", f.text()).toLowerCase(Locale.ROOT) + "|" + a.getOrDefault("route", "")
                    + "|" + a.getOrDefault("step", "");
            case VITAL_SIGN -> a.get("kind") + "=" + a.get("value");
            case LAB, SCORE -> a.get("name") + "=" + a.get("value");
            default -> f.text().toLowerCase(Locale.ROOT);
        };
    }
}
