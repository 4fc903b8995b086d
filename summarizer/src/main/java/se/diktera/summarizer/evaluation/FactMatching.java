package se.diktera.summarizer.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;

/**
 * Matches the facts a draft found against a reference note's facts ({@code kind: part | part}, as
 * the Swedish corpus writes them): a medication by its name, a vital sign or lab by kind and
 * value, a score by name and value, an allergy by substance, a follow-up by a shared word or number.
 */
final class FactMatching {

    record Counts(int truePositives, int predicted, int gold) {
    }

    private static final Map<String, String> VITAL_KINDS = Map.of("temp", "temperature", "puls", "pulse",
            "bt", "blood-pressure", "sat", "oxygen-saturation", "af", "respiratory-rate", "vikt", "weight");

    private static final Pattern PRESSURE = Pattern.compile("^\\s*(\\d{2,3})\\s*/\\s*(\\d{2,3})(?!\\d)(?!\\s*\\p{L})");
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");

    private FactMatching() {
    }

    static Counts count(List<Fact> predicted, List<String> gold) {
        List<Fact> open = new ArrayList<>(predicted.stream().filter(f -> f.kind() != Fact.Kind.DURATION).toList());
        int predictedCount = open.size();
        int tp = 0;
        for (String g : gold) {
            int colon = g.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String kind = g.substring(0, colon).strip();
            String[] parts = g.substring(colon + 1).split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip().toLowerCase(Locale.ROOT);
            }
            for (int i = 0; i < open.size(); i++) {
                if (matches(kind, parts, open.get(i))) {
                    open.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return new Counts(tp, predictedCount, gold.size());
    }

    private static boolean matches(String kind, String[] parts, Fact f) {
        Map<String, String> a = f.attributes();
        String text = f.text().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "lakemedel" -> f.kind() == Fact.Kind.MEDICATION && sameName(a.getOrDefault("name", ""), parts[0]);
            case "vital" -> f.kind() == Fact.Kind.VITAL_SIGN && parts.length > 1
                    && VITAL_KINDS.getOrDefault(parts[0], parts[0]).equals(a.get("kind"))
                    && number(parts[1], true).equals(number(a.getOrDefault("value", ""), true));
            case "lab", "skattning" -> (f.kind() == Fact.Kind.LAB || f.kind() == Fact.Kind.SCORE) && parts.length > 1
                    && sameName(a.getOrDefault("name", ""), parts[0])
                    && number(parts[1], false).equals(number(a.getOrDefault("value", ""), false));
            case "allergi" -> f.kind() == Fact.Kind.ALLERGY && (text.contains(parts[0]) || parts[0].contains(
                    a.getOrDefault("substance", "\u0000").toLowerCase(Locale.ROOT)));
            case "uppfoljning" -> f.kind() == Fact.Kind.FOLLOW_UP && shareWord(text, parts[0]);
            default -> false;
        };
    }

    private static boolean sameName(String predicted, String gold) {
        String p = predicted.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String g = gold.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        return !p.isEmpty() && !g.isEmpty() && (p.startsWith(g) || g.startsWith(p)
                || p.length() >= 4 && g.length() >= 4 && p.substring(0, 4).equals(g.substring(0, 4)));
    }

    /**
     * The value a part states: a blood pressure (when {@code pressure}) as "134/78", anything else by its first number, so
     * that "56 mmol/mol" is 56 and a rating "7/10" is 7.
     */
    static String number(String s, boolean pressure) {
        Matcher pair = PRESSURE.matcher(s);
        if (pressure && pair.find()) {
            return pair.group(1) + "/" + pair.group(2);
        }
        Matcher first = FIRST_NUMBER.matcher(s);
        return first.find() ? first.group().replace(',', '.').replaceAll("\\.0+$", "") : "";
    }

    private static boolean shareWord(String a, String b) {
        for (String w : b.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !List.of("om", "på", "vid", "av", "sig", "till", "ny", "nytt").contains(w)
                    && a.matches("(?s).*\\b" + Pattern.quote(w) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }
}
