package se.diktera.summarizer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenChart-SE (Aitslab; CC BY 4.0): artificial Swedish emergency-care charts in journal fields.
 * Each field's sentences become examples of the Swedish journal section the field belongs to.
 * Charts whose id is divisible by 5 are held out for testing and never trained on.
 */
public final class OpenChartSe {

    /** Chart field → Swedish journal section key. Fields not listed carry no note text. */
    static final Map<String, String> SECTION_OF_FIELD = Map.ofEntries(
            Map.entry("sokorsak", "kontaktorsak"),
            Map.entry("aktuellt", "aktuellt"),
            Map.entry("tidigare_sjukdomar", "tidigare"),
            Map.entry("socialt", "socialt"),
            Map.entry("rokning", "socialt"),
            Map.entry("hereditet", "socialt"),
            Map.entry("allmantillstand", "status"),
            Map.entry("hjarta", "status"),
            Map.entry("lungor", "status"),
            Map.entry("buk", "status"),
            Map.entry("lokalstatus", "status"),
            Map.entry("oron", "status"),
            Map.entry("mos", "status"),
            Map.entry("neurologi", "status"),
            Map.entry("lab", "status"),
            Map.entry("ekg", "status"),
            Map.entry("bedomning", "bedomning"),
            Map.entry("planering", "atgard"));

    private OpenChartSe() {
    }

    public static boolean isHeldOut(String chartId) {
        return Integer.parseInt(chartId.strip()) % 5 == 0;
    }

    /** Every chart's labelled sentences; filter with {@link #isHeldOut}. */
    public static List<LabelledText> read(Path dataDir) throws IOException {
        List<LabelledText> result = new ArrayList<>();
        try (DirectoryStream<Path> charts = Files.newDirectoryStream(dataDir.resolve("openchart-se/charts"), "*.txt")) {
            for (Path chart : charts) {
                result.addAll(readChart(chart));
            }
        }
        result.sort(java.util.Comparator.comparingInt(t -> Integer.parseInt(t.group())));
        return result;
    }

    static List<LabelledText> readChart(Path chart) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : Files.readAllLines(chart, StandardCharsets.UTF_8)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        String id = fields.getOrDefault("id", chart.getFileName().toString().replace(".txt", ""));
        List<LabelledText> result = new ArrayList<>();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String section = SECTION_OF_FIELD.get(f.getKey());
            String value = f.getValue();
            if (section == null || value.isEmpty() || value.equals("NULL")) {
                continue;
            }
            for (String sentence : Sentences.split(value)) {
                result.add(new LabelledText(sentence, section, "openchart-se", id));
            }
        }
        String vitals = vitals(fields);
        if (!vitals.isEmpty()) {
            result.add(new LabelledText(vitals, "status", "openchart-se", id));
        }
        return result;
    }

    /** The chart's vital signs written out as a clinician would dictate them. */
    private static String vitals(Map<String, String> f) {
        List<String> parts = new ArrayList<>();
        if (present(f, "sbp") && present(f, "dbp")) {
            parts.add("Blodtryck " + f.get("sbp") + "/" + f.get("dbp"));
        }
        if (present(f, "puls")) {
            parts.add("puls " + f.get("puls"));
        }
        if (present(f, "sat")) {
            parts.add("saturation " + f.get("sat") + " %");
        }
        if (present(f, "temp")) {
            parts.add("temp " + f.get("temp"));
        }
        if (present(f, "af")) {
            parts.add("andningsfrekvens " + f.get("af"));
        }
        return String.join(", ", parts);
    }

    private static boolean present(Map<String, String> f, String key) {
        String v = f.get(key);
        return v != null && !v.isEmpty() && !v.equals("NULL");
    }
}
