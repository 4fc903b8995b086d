package se.diktera.summarizer.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reference note read as sections of sentences, its headings mapped to the keys of Diktera's
 * templates: ACI-BENCH's upper-case headings to {@code en-clinic}, the Swedish corpus's headings to
 * {@code sv-journal} and {@code sv-omvardnad}.
 */
public final class ReferenceNote {

    /** @param key the template section key, e.g. {@code hpi}, {@code aktuellt} */
    public record Sentence(String key, String text) {
    }

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("CHIEF COMPLAINT", "cc"), Map.entry("HISTORY OF PRESENT ILLNESS", "hpi"),
            Map.entry("REVIEW OF SYSTEMS", "ros"), Map.entry("PHYSICAL EXAM", "exam"),
            Map.entry("PHYSICAL EXAMINATION", "exam"), Map.entry("EXAM", "exam"), Map.entry("VITALS", "exam"),
            Map.entry("VITALS REVIEWED", "exam"), Map.entry("RESULTS", "results"), Map.entry("ASSESSMENT AND PLAN", "ap"),
            Map.entry("ASSESSMENT", "ap"), Map.entry("PLAN", "ap"), Map.entry("IMPRESSION", "ap"),
            Map.entry("INSTRUCTIONS", "ap"), Map.entry("PROCEDURE", "ap"), Map.entry("MEDICAL HISTORY", "pmh"),
            Map.entry("PAST HISTORY", "pmh"), Map.entry("SURGICAL HISTORY", "pmh"), Map.entry("BIRTH HISTORY", "pmh"),
            Map.entry("SOCIAL HISTORY", "social"), Map.entry("FAMILY HISTORY", "social"),
            Map.entry("MEDICATIONS", "medications"), Map.entry("CURRENT MEDICATIONS", "medications"),
            Map.entry("ALLERGIES", "medications"));
    private static final Map<String, String> SV = Map.ofEntries(
            Map.entry("kontaktorsak", "kontaktorsak"), Map.entry("aktuellt/anamnes", "aktuellt"),
            Map.entry("tidigare sjukdomar", "tidigare"), Map.entry("socialt", "socialt"), Map.entry("läkemedel", "lakemedel"),
            Map.entry("allergier", "allergier"), Map.entry("status", "status"), Map.entry("bedömning", "bedomning"),
            Map.entry("åtgärd/planering", "atgard"), Map.entry("kommunikation", "kommunikation"),
            Map.entry("andning/cirkulation", "andning"), Map.entry("nutrition", "nutrition"),
            Map.entry("elimination", "elimination"), Map.entry("hud/vävnad", "hud"), Map.entry("aktivitet", "aktivitet"),
            Map.entry("sömn", "somn"), Map.entry("smärta", "smarta"), Map.entry("psykosocialt", "psykosocialt"),
            Map.entry("åtgärd", "atgard"), Map.entry("planering", "planering"));

    private ReferenceNote() {
    }

    public static List<Sentence> sentences(String note, String language) {
        boolean swedish = language.startsWith("sv");
        List<Sentence> result = new ArrayList<>();
        String key = swedish ? "aktuellt" : "hpi";
        for (String line : note.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String heading = swedish ? SV.get(l.toLowerCase(Locale.ROOT)) : EN.get(l);
            if (heading == null && !swedish && l.matches("[A-Z][A-Z &/]+")) {
                heading = "hpi";
            }
            if (heading != null) {
                key = heading;
                continue;
            }
            for (String s : l.replaceFirst("^[•*-]\\s*", "").split("(?<=[.!?])\\s+")) {
                if (!s.isBlank()) {
                    result.add(new Sentence(key, s.strip()));
                }
            }
        }
        return result;
    }
}
