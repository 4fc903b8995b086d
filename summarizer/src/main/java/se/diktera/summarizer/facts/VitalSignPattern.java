package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * Vital signs: blood pressure ("blodtryck 134/74", "134 över 74", "BP 120 over 80"), pulse,
 * temperature (comma or point decimals), oxygen saturation and respiratory rate.
 */
final class VitalSignPattern implements FactPattern {

    private static final String LINK = "[.,:]*(?:\\s+(?:är|var|på|ligger på|låg på|uppmätt till|is|was|of|at))?\\s*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private record Vital(String kind, Pattern pattern, String svLabel, String enLabel, String unit) {
    }

    private static final List<Vital> VITALS = List.of(
            new Vital("blood-pressure", Pattern.compile("\\b(?:blodtrycket|blodtryck|trycket|bt|blood pressure|bp)" + LINK
                    + "(?<a>\\d{2,3})\\s*(?:/|över|over|genom)\\s*(?<b>\\d{2,3})", FLAGS), "BT", "Blood pressure", "mmHg"),
            new Vital("pulse", Pattern.compile("\\b(?:pulsen|puls|hjärtfrekvens|pulse|heart rate)" + LINK
                    + "(?<a>\\d{2,3})\\b", FLAGS), "Puls", "Pulse", "/min"),
            new Vital("temperature", Pattern.compile("\\b(?:temperaturen|temperatur|tempen|temp|febern|temperature|fever of)" + LINK
                    + "(?<a>\\d{2}(?:[.,]\\d)?)\\b", FLAGS), "Temp", "Temperature", "°C"),
            new Vital("oxygen-saturation", Pattern.compile("\\b(?:saturationen|saturation|syremättnaden|syremättnad|syresättningen|sat|spo2|oxygen saturation|saturating|pulse ox)"
                    + LINK + "(?<a>\\d{2,3})\\s*(?:%|procent|percent)?", FLAGS), "Sat", "Saturation", "%"),
            new Vital("respiratory-rate", Pattern.compile("\\b(?:andningsfrekvensen|andningsfrekvens|af|respiratory rate|resp rate|rr)"
                    + LINK + "(?<a>\\d{1,2})\\b", FLAGS), "AF", "Respiratory rate", "/min"),
            // Breaths counted: "hon andas 24 gånger i minuten", "22 andetag i minuten".
            new Vital("respiratory-rate", Pattern.compile("(?:\\bandas\\b[^.?!\\d]{0,12}?)?(?<![\\d,.])(?<a>\\d{1,2})\\s+(?:andetag|andningar"
                    + "|(?<=andas\\b[^.?!\\d]{0,12}?\\d{1,2}\\s)gånger)\\s+(?:i|per|på en)\\s+minut\\p{L}*", FLAGS), "AF", "Respiratory rate", "/min"),
            new Vital("weight", Pattern.compile("\\b(?:vikten|vikt|väger|vägde|weight|weighs|weighed)" + LINK
                    + "(?<a>\\d{2,3}(?:[.,]\\d)?)\\s*(?:kilo|kg|pounds|lbs)?", FLAGS), "Vikt", "Weight", "kg"),
            // A body weight said without the word: "åttioett kilo" (two or three digits, 30 or more).
            new Vital("weight", Pattern.compile("(?<![\\d,.])(?<a>[3-9]\\d(?:[.,]\\d)?|1\\d\\d(?:[.,]\\d)?)\\s*(?:kilo|kg)\\b", FLAGS),
                    "Vikt", "Weight", "kg"),
            // A body temperature said without the word: "trettioåtta komma nio" with fever talk around it.
            new Vital("temperature", Pattern.compile("(?<=\\b(?:feber|mätte|mätt|grader|febern|fever|temp)\\b.{0,30})"
                    + "(?<![\\d,.])(?<!över )(?<!under )(?<a>3[5-9][.,]\\d|4[0-2][.,]\\d)\\b|(?<![\\d,.])(?<a2>3[5-9][.,]\\d|4[0-2][.,]\\d)"
                    + "(?= grader)", FLAGS), "Temp", "Temperature", "°C"));

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        for (Vital v : VITALS) {
            Matcher m = v.pattern().matcher(u.text());
            while (m.find()) {
                String value = v.kind().equals("blood-pressure") ? m.group("a") + "/" + m.group("b")
                        : m.group("a") != null ? m.group("a") : m.group("a2");
                String label = swedish ? v.svLabel() : v.enLabel();
                if (swedish) {
                    value = value.replace('.', ',');
                }
                String text = label + " " + value + (v.unit().equals("%") ? " %" : v.kind().equals("weight") ? " kg" : "");
                String said = value;
                // The same value named and unnamed ("vikten 82 kilo") is one fact.
                if (facts.stream().noneMatch(f -> f.attributes().get("kind").equals(v.kind()) && f.attributes().get("value").equals(said))) {
                    facts.add(new Fact(Fact.Kind.VITAL_SIGN, text, Map.of("kind", v.kind(), "value", value, "unit", v.unit()),
                            List.of(u.span(m.start(), m.end()))));
                }
            }
        }
        return facts;
    }
}
