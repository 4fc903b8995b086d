package se.diktera.summarizer.facts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import se.diktera.core.note.Fact;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.summarizer.text.Utterance;

/**
 * A medication with its dose, frequency, duration and change, written as clinicians write it:
 * "Kåvepenin, en tablett ett gram tre gånger om dagen i tio dagar" → "Kåvepenin 1 g 1x3 i 10
 * dagar", "increase lisinopril to 40 mg daily" → "Lisinopril 40 mg daily (changed)". A name from
 * the fixed list of common medications counts without a dose ("Airomiren när det behövs").
 */
final class MedicationPattern implements FactPattern {

    private static final String UNIT = "mg|milligram(?:s)?|g|gram|mikrogram|microgram(?:s)?|µg|mcg|ml|milliliter|enheter|"
            + "units?|ie|e|puffar|puffs?|inhalationer|droppar|drops|dl|deciliter";
    private static final String ROUTE = "per os|p\\.?o\\.?|oralt|orally|by mouth|i\\.?v\\.?|intravenöst|intravenously"
            + "|subkutant|subcutaneously|s\\.?c\\.?|i\\.?m\\.?|intramuskulärt|inhalation|inhaled|rektalt|rectally";
    private static final String SV_FREQ = "\\d+\\s*x\\s*\\d+|(?:1|en|ett|2|två|3|tre|4|fyra) gång(?:er)? (?:om dagen|dagligen|per dag|"
            + "i veckan|per vecka|per dygn)|dagligen|vid behov|vb|morgon och kväll|på morgonen|på kvällen|till natten|"
            + "till kvällen|varannan dag";
    private static final String EN_FREQ = "(?:once|twice|three times|four times|1 times|2 times|3 times|4 times) (?:a|per) "
            + "(?:day|week)|once daily|twice daily|daily|a day|as needed|at night|at bedtime|in the morning|every \\d+ hours|"
            + "b\\.?i\\.?d\\.?|t\\.?i\\.?d\\.?|q\\.?d\\.?|prn";
    private static final String COUNT = "(?:(?:1|en|ett|2|två|3|tre|one|two|a) (?:tablett|tabletter|kapsel|kapslar|tablet|"
            + "tablets|pill|pills|capsule|capsules) (?:på |of )?)";
    private static final Pattern DOSE = Pattern.compile(
            "(?:(?<![\\p{L}-])(?<name>\\p{L}[\\p{L}-]{2,})(?<stop>\\.)?,?\\s+|^)(?:(?:till|to|på|at|up to|upp till)\\s+)?" + COUNT + "?(?<dose>" + Phrases.NUMBER + ")\\s*(?<unit>" + UNIT + ")\\b"
                    + "(?:\\s+(?<route>" + ROUTE + "))?"
                    + "(?:,?\\s+(?<freq>" + SV_FREQ + "|" + EN_FREQ + "))?"
                    + "(?:\\s+(?<duration>(?:i|under|for) " + Phrases.COUNT + " (?:dagar|dygn|veckor|days|weeks)))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]{2,}", Pattern.UNICODE_CASE);
    private static final Pattern STOPPED = Pattern.compile("\\b(?:sätts ut|sätter ut|sätta ut|sätter (?:vi|jag) ut|tar (?:vi |jag )?bort|slutar|sluta|stoppa|"
            + "stop|stopped|stopping|discontinue|discontinued|off the)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CHANGED = Pattern.compile("\\b(?:höjs|höjer|höja|ökar|öka|ökas|sänker|sänka|sänks|minskar|"
            + "minska|minskas|trappar|increase|increasing|increased|decrease|decreasing|decreased|lower|raise|bump|double|"
            + "halve|halvera|dubbla)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NEW = Pattern.compile("\\b(?:skriver ut|sätter in|börja med|börjar med|får du|start|"
            + "starting|prescribe|prescribing|put you on|recept på|initiate)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A name right after "allergisk mot" is an allergy, not a medication. */
    private static final Pattern ALLERGEN = Pattern.compile("(?:allergisk mot|allergisk för|allergi mot|överkänslig mot|"
            + "tål inte|allergic to|allergy to|intolerant to|reaction to|" + AllergyPattern.REACTION + ")\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIMES_A_DAY = Pattern.compile(
            "^(1|en|ett|2|två|3|tre|4|fyra) gång(?:er)? (?:om dagen|dagligen|per dag|per dygn)$");
    /** Words that stand before a dose without being the drug's name. */
    private static final Set<String> NOT_A_NAME = Set.of("tar", "emellan", "däremellan", "tog", "tablett", "tabletter", "tablet", "tablets",
            "takes", "take", "took", "dos", "dose", "dosen", "med", "with", "of", "av", "på", "och", "and", "ger", "give",
            "ökar", "increase", "till", "to", "about", "cirka", "ca", "kapsel", "kapslar", "capsule", "capsules", "vikt",
            "weight", "väger", "weighs", "ungefär", "around", "than", "än", "from", "från", "the", "en", "ett", "är", "is",
            "was", "var", "blir", "dricker", "drink", "drinks", "glas", "liter", "kilo", "gånger", "times", "at", "upp",
            "up", "down", "ner", "halva", "half", "sänker", "höjer", "höjs", "veckan", "dagen", "natten", "morgonen",
            "kvällen", "total", "totalt", "normal", "normalt", "han", "hon", "den", "det", "dem", "man", "igen", "annan", "sin", "min", "din", "mitt", "ditt");
    /** Words that stand before a dose carried over from the sentence before: "alltså 200 mg", "och sen 100 mg". */
    private static final Set<String> CARRYING = Set.of("alltså", "sen", "sedan", "därefter", "nu", "först", "börja");
    /** How the names of medicines end (the INN stems and common brand endings): an unknown word before a dose must look like one. */
    private static final Pattern DRUG_LIKE = Pattern.compile("(?:ol|in|il|an|on|ex|id|at|am|em|ir|yl|ax|ix|ox|ac|ak|ip|um|ur|"
            + "ine|one|ide|ate|pril|sartan|statin|mab|nib|cillin|mycin|cyklin|floxacin|azol|afil|pin|lol|tid|zid|fen|ron)$");
    /** What a medicine is for, said before its dose: "Alvedon mot febern och smärtan, 2 tabletter på 500 milligram". */
    private static final Pattern FOR_BEFORE = Pattern.compile("\\bmot(?:\\s+\\p{L}+\\s+(?:och|eller))?\\s+$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Nicotine replacement, named by its form: "nikotinplåster", "nikotintuggummit", "nikotinsugtabletter". */
    private static final Pattern NICOTINE = Pattern.compile("nikotin(?:plåster|tuggummi|sugtablett|tablett|munspray|spray|inhalator)"
            + "\\p{L}*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PRODUCT = Pattern.compile("(nikotin(?:plåster|plåstr|tuggummi|sugtablett|tablett|munspray|spray|inhalator))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Swedish brand names also end so ("Laxoberal"); English words before a dose too often do ("additional 10 mg"). */
    private static final Pattern SWEDISH_DRUG_LIKE = Pattern.compile("al$");
    /** Said between a name and its dose, a needle under the skin: "morfin i nålen. Fem milligram" is given sc. */
    private static final Pattern SUBCUTANEOUS = Pattern.compile("\\b(?:subkutan\\p{L}*|under huden|i nålen|s\\.?c\\.?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Said between two doses of one drug: the second is a step of its own ("200 mg i 3 dagar ... sen 100 mg i 4 dagar"). */
    private static final Pattern THEN = Pattern.compile("\\b(?:sen|sedan|därefter|efter det|then|after that)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Said between a kind of medicine and a product: "och", "eller" join two medicines, anything else names the kind's product. */
    private static final Pattern AND = Pattern.compile("\\b(?:och|eller|samt|plus|and|or)\\b|[.?!]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> LIST = lines();
    private static final Set<String> NAMES = LIST.stream().filter(l -> !l.startsWith("class: "))
            .map(l -> l.startsWith("kind: ") ? l.substring("kind: ".length()).strip() : l).collect(Collectors.toUnmodifiableSet());
    /** Kinds of medicine named like products ("insulin", "p-piller"), which give way to the product said right after them. */
    private static final Set<String> KINDS = LIST.stream().filter(l -> l.startsWith("kind: "))
            .map(l -> l.substring("kind: ".length()).strip()).collect(Collectors.toUnmodifiableSet());
    /** Groups of medicines, which count only with a dose and only when no drug is named. */
    private static final Set<String> CLASSES = LIST.stream().filter(l -> l.startsWith("class: "))
            .map(l -> l.substring("class: ".length()).strip()).collect(Collectors.toUnmodifiableSet());

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        Set<String> named = new HashSet<>();
        Map<String, Integer> doseEnds = new HashMap<>();
        String text = u.text();
        Matcher m = DOSE.matcher(text);
        while (m.find()) {
            if (m.group("name") == null) {
                continue;
            }
            Optional<Matcher> nameAt = nameOfDose(text, m.start("name"), m.group("name"), m.group("stop") != null, swedish);
            if (nameAt.isEmpty()) {
                continue;
            }
            String name = product(nameAt.get().group());
            Integer before = doseEnds.put(Phrases.lower(name), m.end());
            boolean step = before != null && THEN.matcher(text.substring(before, m.start("dose"))).find();
            facts.add(doseFact(u, m, name, nameAt.get().start(), nameAt.get().end(), step, swedish));
            named.add(Phrases.lower(name));
        }
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            String word = Phrases.lower(w.group());
            String name = NAMES.contains(word) ? word : word.length() > 5 && NAMES.contains(word.replaceFirst("(?:en|et|n)$", ""))
                    ? word.replaceFirst("(?:en|et|n)$", "") : null;
            boolean allergen = ALLERGEN.matcher(text.substring(Math.max(0, w.start() - 30), w.start())).find();
            if (name != null && !allergen && !MentionedOnly.at(text, w.start(), w.end()) && !(KINDS.contains(name)
                    && productFollows(text, w.end())) && named.add(name)) {
                Map<String, String> a = new LinkedHashMap<>();
                a.put("name", Phrases.capitalise(name));
                change(text, w.start(), swedish).ifPresent(c -> a.put("change", c));
                facts.add(new Fact(Fact.Kind.MEDICATION, render(a), a, List.of(u.span(w.start(), w.end()))));
            }
        }
        return facts;
    }

    /** Whether a product other than a kind of medicine is named right after {@code at}, in the same clause. */
    private static boolean productFollows(String text, int at) {
        Matcher w = WORD.matcher(text).region(at, Math.min(text.length(), at + 30));
        while (w.find()) {
            String word = Phrases.lower(w.group());
            if (NAMES.contains(word) && !KINDS.contains(word)) {
                return !AND.matcher(text.substring(at, w.start())).find();
            }
        }
        return false;
    }

    /**
     * The doses of an utterance that name no drug of their own, as the drug named in the utterance
     * before ("... blir det Doxyferm istället." – "Du tar två tabletter, alltså 200 mg, 1 gång om
     * dagen i 3 dagar"); each rests on the dose and on the name.
     */
    static List<Fact> carriedDoses(Utterance u, String name, TranscriptSpan nameSpan, boolean subcutaneous, boolean dosedBefore,
            boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        String text = u.text();
        Matcher m = DOSE.matcher(text);
        int before = dosedBefore ? 0 : -1;
        while (m.find()) {
            String word = m.group("name") == null ? "" : Phrases.lower(m.group("name"));
            if (!word.isEmpty() && (!NOT_A_NAME.contains(word) && !CARRYING.contains(word)
                    || nameOfDose(text, m.start("name"), m.group("name"), m.group("stop") != null, swedish).isPresent())) {
                return List.of();
            }
            boolean step = before >= 0 && THEN.matcher(text.substring(before, m.start("dose"))).find();
            before = m.end();
            Fact f = doseFact(u, m, name, m.start("dose"), m.start("dose"), step, swedish);
            if (subcutaneous && !f.attributes().containsKey("route")) {
                Map<String, String> a = new LinkedHashMap<>(f.attributes());
                a.put("route", "sc");
                f = new Fact(Fact.Kind.MEDICATION, render(a), a, f.evidence());
            }
            List<TranscriptSpan> evidence = new ArrayList<>(List.of(nameSpan));
            evidence.addAll(f.evidence());
            facts.add(new Fact(Fact.Kind.MEDICATION, f.text(), f.attributes(), evidence));
        }
        return facts;
    }

    /** Whether the words after the name, in its sentence, give it under the skin ("morfin i nålen"). */
    static boolean givenSubcutaneously(String text, TranscriptSpan nameSpan, Utterance u) {
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (u.span(w.start(), w.end()).equals(nameSpan)) {
                return SUBCUTANEOUS.matcher(text.substring(w.end())).find();
            }
        }
        return false;
    }

    private static Fact doseFact(Utterance u, Matcher m, String name, int nameStart, int nameEnd, boolean step, boolean swedish) {
            String text = u.text();
            int from = Math.min(m.start("dose"), nameStart);
            Map<String, String> a = new LinkedHashMap<>();
            a.put("name", Phrases.capitalise(Phrases.lower(name)));
            a.put("dose", m.group("dose"));
            a.put("unit", unit(m.group("unit")));
            if (m.group("route") != null) {
                a.put("route", Phrases.lower(m.group("route")));
            } else if (nameEnd < m.start("dose") && SUBCUTANEOUS.matcher(text.substring(nameEnd, m.start("dose"))).find()) {
                a.put("route", "sc");
            }
            if (m.group("freq") != null) {
                a.put("frequency", frequency(m.group("freq"), swedish));
            }
            if (m.group("duration") != null) {
                a.put("duration", Phrases.lower(m.group("duration")).replaceFirst("^under ", "i "));
            }
            if (step && m.group("duration") != null) {
                // A course in fixed steps is a line a step ("200 mg i 3 dagar, sen 100 mg i 4 dagar"); a dose raised
                // for good ("25 mg den första veckan, sen 50 mg") is one medicine.
                a.put("step", "then");
            }
            change(text, m.start(), swedish).ifPresent(c -> a.put("change", c));
            return new Fact(Fact.Kind.MEDICATION, render(a), a, List.of(u.span(from, m.end())));
    }

    /** Whether {@code word} (lower case) names a medicine or a group of medicines on the fixed list. */
    static boolean isMedicine(String word) {
        return NAMES.contains(word) || CLASSES.contains(word);
    }

    /**
     * The drug a dose belongs to: the word before it when that is a known name or looks like one
     * ("Kåvepenin 1 g", "Doxyferm 200 mg"); else a known name said shortly before it ("Alvedon vid
     * behov, 500 mg"); a group word ("penicillin") only when no drug is named. The match is where
     * the name was said, so that the fact rests on it.
     */
    private static Optional<Matcher> nameOfDose(String text, int at, String word, boolean sentenceBetween, boolean swedish) {
        String lower = Phrases.lower(word);
        Matcher here = WORD.matcher(text);
        here.find(at);
        boolean whatFor = FOR_BEFORE.matcher(text.substring(Math.max(0, at - 30), at)).find();
        if (NAMES.contains(lower) || NICOTINE.matcher(lower).matches() || !sentenceBetween && !whatFor && !NOT_A_NAME.contains(lower) && !CLASSES.contains(lower)
                && lower.length() > 4 && (DRUG_LIKE.matcher(lower).find() || swedish && SWEDISH_DRUG_LIKE.matcher(lower).find())) {
            return Optional.of(here);
        }
        int from = Math.max(0, at - 60);
        Matcher w = WORD.matcher(text).region(from, at);
        Matcher earlier = null;
        while (w.find()) {
            if (NAMES.contains(Phrases.lower(w.group())) || NICOTINE.matcher(w.group()).matches()) {
                earlier = WORD.matcher(text);
                earlier.find(w.start());
            }
        }
        if (earlier != null) {
            return Optional.of(earlier);
        }
        return CLASSES.contains(lower) && !sentenceBetween ? Optional.of(here) : Optional.empty();
    }

    /** A nicotine product by its form, without the ending said: "nikotinplåstret" → "nikotinplåster". */
    private static String product(String name) {
        Matcher m = PRODUCT.matcher(name);
        if (!m.lookingAt()) {
            return name;
        }
        String stem = m.group(1);
        return Phrases.lower(stem).endsWith("plåstr") ? stem.substring(0, stem.length() - 2) + "er" : stem;
    }

    private static String render(Map<String, String> a) {
        StringBuilder sb = new StringBuilder(a.get("name"));
        if (a.containsKey("dose")) {
            sb.append(' ').append(a.get("dose")).append(' ').append(a.get("unit"));
        }
        for (String k : List.of("route", "frequency", "duration")) {
            if (a.containsKey(k)) {
                sb.append(' ').append(a.get(k));
            }
        }
        if (a.containsKey("change")) {
            sb.append(" (").append(a.get("change")).append(')');
        }
        return sb.toString();
    }

    /** A change said in the same utterance before or just after the name. */
    private static Optional<String> change(String text, int at, boolean swedish) {
        String around = text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60));
        if (STOPPED.matcher(around).find()) {
            return Optional.of(swedish ? "utsatt" : "stopped");
        }
        if (CHANGED.matcher(around).find()) {
            return Optional.of(swedish ? "ändrad" : "changed");
        }
        if (NEW.matcher(text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 1))).find()) {
            return Optional.of(swedish ? "ny" : "new");
        }
        return Optional.empty();
    }

    static String frequency(String spoken, boolean swedish) {
        String f = Phrases.lower(spoken).replaceAll("\\s*x\\s*", "x");
        if (!swedish) {
            return f;
        }
        Matcher times = TIMES_A_DAY.matcher(f);
        if (times.matches()) {
            return "1x" + switch (times.group(1)) {
                case "en", "ett" -> "1";
                case "två" -> "2";
                case "tre" -> "3";
                case "fyra" -> "4";
                default -> times.group(1);
            };
        }
        return f.equals("vid behov") ? "vb" : f;
    }

    private static String unit(String spoken) {
        String u = Phrases.lower(spoken);
        if (u.startsWith("milligram")) {
            return "mg";
        }
        if (u.startsWith("mikrogram") || u.startsWith("microgram") || u.equals("mcg")) {
            return "µg";
        }
        if (u.equals("gram")) {
            return "g";
        }
        if (u.equals("deciliter")) {
            return "dl";
        }
        if (u.equals("milliliter")) {
            return "ml";
        }
        if (u.startsWith("unit") || u.equals("enheter") || u.equals("ie") || u.equals("e")) {
            return "E";
        }
        return u;
    }

    private static List<String> lines() {
        try (InputStream in = MedicationPattern.class.getResourceAsStream("/se/diktera/summarizer/facts/drug-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("drug-names.txt is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("drug-names.txt cannot be read", e);
        }
    }
}
