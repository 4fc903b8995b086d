package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.summarizer.text.Utterance;

/**
 * Values said apart from their name, as people speak while measuring or reading results out:
 * "Nu mäter jag blodtrycket..." – "134 genom 78", "Långtidssockret, HbA 1 c, är 56. Förra året
 * var det 52.", "Om du skulle sätta en siffra på smärtan?" – "Sju. När jag vänder mig nio."
 * A measurement named in an utterance stays the topic for the two utterances after it, until
 * another is named; a number within the topic's plausible range, with no unit of something else
 * after it, is a value of it. Each value rests on the number and on the words that named it.
 */
final class CarriedValues {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** How many utterances after the one naming it a topic is still open. */
    private static final int REACH = 2;

    /** Ankle-brachial index: the ankle pressure over the arm's, said as "kvoten" once the ankle was measured. */
    private static final String ABI = "ABI";

    private record Topic(Fact.Kind kind, String name, Pattern cue, double min, double max, String svLabel, String enLabel,
            String unit) {
        boolean pair() {
            return name.equals("blood-pressure");
        }
    }

    /** Pain named without a scale: "Och smärtan, ...?" – "... en 3 kanske. ... En 6.", rated as "en" and a number. */
    private static final Topic PAIN = score("NRS", "smärta\\p{L}*|ont|värk\\p{L}*", 0, 10);
    /** "en 3", "en 7": the rating said as "en trea", "en sjua". */
    private static final Pattern RATING_BEFORE = Pattern.compile("\\ben\\s+$", FLAGS);

    private static final List<Topic> TOPICS = List.of(
            vital("blood-pressure", "blodtryck\\p{L}*|trycket|bt|blood pressure|bp", 0, 0, "BT", "Blood pressure", "mmHg"),
            vital("pulse", "pulsen|puls|hjärtfrekvens\\p{L}*|pulse|heart rate", 30, 220, "Puls", "Pulse", "/min"),
            vital("temperature", "temperatur\\p{L}*|tempen|temp|feber|febern|tempade|fever|temperature", 35, 42.9, "Temp",
                    "Temperature", "°C"),
            vital("oxygen-saturation", "saturation\\p{L}*|syremättnad\\p{L}*|syresättning\\p{L}*|syret|sat|spo2|"
                    + "pulsoximeter\\p{L}*|saturationsmätare\\p{L}*|mätare på fingret|oxygen(?: saturation)?|pulse ox\\p{L}*", 70, 100, "Sat", "Saturation", "%"),
            vital("respiratory-rate", "andningsfrekvens\\p{L}*|andetag\\p{L}*|andningen|respiratory rate|breaths", 6, 60, "AF",
                    "Respiratory rate", "/min"),
            vital("weight", "vikt|vikten|väger|vägde|vågen|väga|weight|weigh|weighs|weighed|the scale", 10, 250, "Vikt",
                    "Weight", "kg"),
            lab("HbA1c", "hba1c|hba 1 c|hb a 1 c|hba ett c|hb a ett c|långtidssock\\p{L}*|långtidsblodsock\\p{L}*|a1c", 20, 150),
            lab("CRP", "crp\\p{L}*|snabbsänka\\p{L}*", 0, 500),
            lab("Hb", "hb|hemoglobin\\p{L}*|blodvärde\\p{L}*", 50, 200),
            lab("PK/INR", "pk/inr|pk|inr|pk-värdet", 0.8, 8),
            lab("Kreatinin", "kreatinin\\p{L}*|creatinine", 20, 1500),
            lab("Kalium", "kalium\\p{L}*|potassium", 2, 8),
            lab("Natrium", "natrium\\p{L}*|sodium", 110, 170),
            lab("Glukos", "glukos", 1, 40),
            lab("fP-glukos", "fp-glukos|fasteblodsock\\p{L}*|fastande (?:blod)?sock\\p{L}*|fastevärde\\p{L}*", 1, 40),
            lab("P-glukos", "p-glukos|\\p{L}*blodsock\\p{L}*", 1, 40),
            lab("LDL", "ldl\\p{L}*", 0.3, 10),
            lab("TSH", "tsh", 0.01, 100),
            lab("fritt T4", "fritt t ?4|ft4|t4", 1, 100),
            lab("TPO-ak", "tpo[- ]?antikropp\\p{L}*|tpo-ak|tpo", 1, 10000),
            lab("ALAT", "alat\\p{L}*", 0.05, 50),
            lab("Ferritin", "ferritin\\p{L}*", 1, 3000),
            lab("eGFR", "egfr|gfr", 3, 150),
            lab("Urat", "urat\\p{L}*|urinsyra\\p{L}*", 100, 1000),
            lab("NT-proBNP", "nt-probnp|probnp|bnp", 5, 50000),
            // Lipids read out one by one: "Det goda, HDL, är 1,0, och triglyceriderna 2,4", "Kolesterolet, det totala, är 7,2".
            lab("HDL", "hdl\\p{L}*", 0.2, 5),
            lab("Triglycerider", "triglycerid\\p{L}*", 0.2, 30),
            lab("Totalkolesterol", "totalkolesterol\\p{L}*|(?:det )?totala kolesterol\\p{L}*|kolesterol\\p{L}*,? det totala", 1, 20),
            // "MCV är 73", "CK, som är ett muskelenzym, är 4,2".
            lab("MCV", "mcv", 50, 130),
            lab("CK", "ck", 0.1, 200),
            lab(ABI, "abi|ankel-?arm-?index\\p{L}*|ankelindex\\p{L}*|kvot|kvoten", 0.2, 1.6),
            score("NRS", "nrs|vas|smärtskal\\p{L}*|skala|siffra|0 till 10|0 och 10|0 är|10 är värst\\p{L}*|scale|out of 10", 0, 10),
            PAIN,
            score("PHQ-9", "phq-9|phq 9|phq", 0, 27),
            score("GAD-7", "gad-7|gad 7|gad", 0, 21),
            score("CAT", "cat", 0, 40),
            score("MMSE", "mmse", 0, 30),
            score("AUDIT", "audit", 0, 40),
            // Forms whose sum comes as points: "minnestestet, MoCA, blev 22 poäng av 30", "det heter MNA," – "och du får 6 poäng av 14",
            // "Sömnformuläret, ISI, gav 19 poäng", "7 poäng på 4 AT", "CRB 65, blir det 2 poäng".
            score("MoCA", "moca", 0, 30),
            score("MNA", "mna", 0, 30),
            score("ISI", "isi", 0, 28),
            score("4AT", "4 ?at|fyra ?at", 0, 12),
            score("CRB-65", "crb[- ]?65|crb", 0, 4),
            score("PEF", "pef\\p{L}*|peak ?flow|blåsa|blås|blåser|blåste|blow|blew", 60, 900));

    /** Topics only Swedish talk carries; English keeps the ones it had. */
    private static final Set<String> SWEDISH_ONLY = Set.of("HDL", "Triglycerider", "Totalkolesterol", "MCV", "CK", "MoCA", "MNA", "ISI",
            "4AT", "CRB-65");
    private static final Pattern ANKLE = Pattern.compile("ankel\\p{L}*|fotled\\p{L}*|\\babi\\b", FLAGS);
    /** How many utterances before a ratio the ankle pressure it divides may have been said. */
    private static final int ANKLE_REACH = 4;
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d,./])(?<above>(?:över|mer än|högre än|above|over|more than)\\s+)?(?<below>(?:under|mindre än|lägre än|below|less than)\\s+)?(?<a>\\d{1,5}(?:[.,]\\d+)?)"
                    + "(?:\\s*(?:/|över|genom|over)\\s*(?<b>\\d{2,3})\\b|(?<=(?<![\\d,.])(?:3[5-9]|4[0-2]))\\s+och\\s+(?<tenth>\\d)\\b)?(?![\\d/])(?:[.,]?\\s+(?<after>\\p{L}+))?", FLAGS);
    /** Units that say a number counts something else: "i 3 dagar", "2 tabletter", "för 5 år sedan". */
    private static final Pattern OTHER_UNIT = Pattern.compile("(?:år|månad\\p{L}*|veck\\p{L}*|dag\\p{L}*|dygn\\p{L}*|timm\\p{L}*|"
            + "minut\\p{L}*|sekund\\p{L}*|gång\\p{L}*|tablett\\p{L}*|mg|milligram|gram|g|ml|mikrogram|st|stycken|cm|meter|centimeter|millimeter|mm|"
            + "steg|liter|glas|koppar|cigaretter|puffar|enheter|years?|months?|weeks?|days?|hours?|minutes?|times|tablets?|"
            + "pills?|milligrams?|pounds|procent|percent|grader|degrees|kilo|kg|mmol|poäng|points|av|of|out|x|slag|personer|"
            + "barn|kilometer|km|kronor)");
    /** A change of weight is not a weight: "gått ner 2 kilo". */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("\\b(?:ner|upp|ökat|minskat|tappat|gått|lost|gained|down|up)"
            + "(?:\\s+\\p{L}+){0,2}\\s*$", FLAGS);

    /** "6 av 10", "22 poäng av 30": the number after "av" is the top of the scale. */
    private static final Pattern OUT_OF_BEFORE = Pattern.compile("\\d\\s*(?:poäng\\s+)?(?:av|/|of|out of)\\s*$", FLAGS);
    /** How many utterances after a form is named its sum in points may come (it is filled in first). */
    private static final int FORM_REACH = 6;
    private static final Pattern POINTS = Pattern.compile("poäng|points", FLAGS);
    private static final Topic BORG = score("Borg CR10", "borg", 0, 10);
    /** Breaths counted are said per minute ("20 i minuten") unless the rate is named. */
    private static final Pattern RATE_NAMED = Pattern.compile("andningsfrekvens|respiratory rate", FLAGS);
    private static final Pattern PER_MINUTE = Pattern.compile("\\s*(?:andetag\\s+|breaths\\s+)?(?:i|per|a) (?:minut\\p{L}*|minute)", FLAGS);
    /** "från 24 till 20 enheter": the unit after a range. */
    private static final Pattern RANGE_UNIT = Pattern.compile("\\s+(?:till|to|-)\\s+\\d+(?:[.,]\\d+)?\\s*(?<unit>\\p{L}+)", FLAGS);
    /** "ringa 112": a number to call. */
    private static final Pattern CALL_BEFORE = Pattern.compile("\\b(?:ring\\p{L}*|call)(?:\\s+(?:ni|du|till|oss))?\\s+$", FLAGS);
    private static final Pattern TEN = Pattern.compile("(?<![\\d,.])10(?![\\d,.]\\d)");
    private static final Pattern SCALE_START = Pattern.compile("är|till|och|=|is|to|being|means", FLAGS);
    private static final Pattern SCALE_END = Pattern.compile("\\s*(?:är |=|is |being )?(?:det )?(?:värst|the worst|worst)", FLAGS);

    /** A goal is not a value: "målet för dig är under 52", "målet är mellan 2 och 3" (both numbers). */
    private static final Pattern TARGET_BEFORE = Pattern.compile("\\b(?:mål\\p{L}*|target|goal|gräns\\p{L}*|bör ligga|ska ligga)"
            + "(?:\\s+\\p{L}+){0,4}(?:\\s+\\d+(?:[.,]\\d+)?\\s+(?:och|till|and|to))?\\s*$", FLAGS);

    /** What a value usually is: "han brukar ligga på 89", "har legat på 81", "brukar ligga kring 7". */
    private static final Pattern USUAL_BEFORE = Pattern.compile("\\b(?:brukar|(?:har |hade )?legat)\\b(?:\\s+\\p{L}+){0,4}"
            + "(?:\\s+\\d+(?:[.,]\\d+)?,?)?\\s*$", FLAGS);
    /** A measure that is none of the topics, named just before the number: "ett BMI på ungefär 32", "med din längd, 162". */
    private static final Pattern OTHER_MEASURE_BEFORE = Pattern.compile("\\b(?:bmi|längd\\p{L}*)\\b[^.?!\\d]{0,20}$", FLAGS);
    /** A rough value said as two next numbers: "runt 94, 95 kanske", "ungefär 81, 82". */
    private static final Pattern ROUGH_BEFORE = Pattern.compile("\\b(?:runt|kring|ungefär|omkring)\\s+(?:\\d+(?:[.,]\\d+)?,?\\s+)?$", FLAGS);
    private static final Pattern NEXT_NUMBER = Pattern.compile("^,?\\s+\\d", FLAGS);
    private static final Pattern NUMBER_BEFORE = Pattern.compile("\\d,?\\s+$", FLAGS);

    /** "3, 4 kanske", "5 till 6": a rating said as a range of two next numbers. */
    private static final Pattern RANGE_OF_RATINGS = Pattern.compile("\\s*(?:,|-|till|eller|to|or)\\s*(?<high>\\d{1,2})(?![\\d,.]\\d|\\s*(?:av|/|of|out of)\\s*\\d)",
            FLAGS);

    private CarriedValues() {
    }

    private static Topic vital(String kind, String cue, double min, double max, String sv, String en, String unit) {
        return new Topic(Fact.Kind.VITAL_SIGN, kind, cue(cue), min, max, sv, en, unit);
    }

    private static Topic lab(String name, String cue, double min, double max) {
        return new Topic(Fact.Kind.LAB, name, cue(cue), min, max, name, name, "");
    }

    private static Topic score(String name, String cue, double min, double max) {
        return new Topic(Fact.Kind.SCORE, name, cue(cue), min, max, name, name, "");
    }

    private static Pattern cue(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\d-])(?:" + alternatives + ")(?![\\p{L}\\d])", FLAGS);
    }

    /** The values of {@code us} said apart from their names, each with the index of the utterance it was said in. */
    static List<FactExtractor.Said> find(List<Utterance> us, boolean swedish) {
        List<FactExtractor.Said> found = new ArrayList<>();
        Topic open = null;
        int namedIn = -1;
        TranscriptSpan openCue = null;
        TranscriptSpan openTen = null;
        String openText = "";
        Topic form = null;
        int formAt = -1;
        TranscriptSpan formCue = null;
        for (int i = 0; i < us.size(); i++) {
            Utterance u = us.get(i);
            String text = u.text();
            if (open != null && i - namedIn > REACH) {
                open = null;
            }
            List<int[]> cues = new ArrayList<>();
            List<Topic> cueTopics = new ArrayList<>();
            for (Topic t : TOPICS) {
                if (!swedish && (t == PAIN || LabPattern.SWEDISH_ONLY.contains(t.name()) || SWEDISH_ONLY.contains(t.name()))) {
                    continue;
                }
                Matcher c = t.cue().matcher(text);
                while (c.find()) {
                    cues.add(new int[] {c.start(), c.end()});
                    cueTopics.add(t);
                }
            }
            if (open != null && open != PAIN && open.name().equals("NRS")
                    || cueTopics.stream().anyMatch(t -> t != PAIN && t.name().equals("NRS"))) {
                // "Om du skulle sätta en siffra på smärtan?" – "7": the scale asked for, not pain named alone.
                for (int k = cues.size() - 1; k >= 0; k--) {
                    if (cueTopics.get(k) == PAIN) {
                        cues.remove(k);
                        cueTopics.remove(k);
                    }
                }
            }
            boolean question = text.strip().endsWith("?");
            Matcher n = NUMBER.matcher(text);
            int rangeEnd = -1;
            while (n.find()) {
                if (n.start() < rangeEnd) {
                    continue;
                }
                // The topic at this number: the last one named before it here, else the one carried in.
                Topic topic = open;
                int cueAt = namedIn;
                int cueEnd = -1;
                TranscriptSpan cue = openCue;
                TranscriptSpan ten = openTen;
                String namedText = openText;
                for (int k = 0; k < cues.size(); k++) {
                    if (cues.get(k)[1] <= n.start() && cues.get(k)[1] > cueEnd) {
                        cueEnd = cues.get(k)[1];
                        topic = cueTopics.get(k);
                        cueAt = i;
                        cue = u.span(cues.get(k)[0], cues.get(k)[1]);
                        ten = null;
                        namedText = text;
                    }
                }
                if ((topic == null || topic.kind() != Fact.Kind.SCORE) && form != null && i - formAt <= FORM_REACH
                        && n.group("after") != null && POINTS.matcher(n.group("after")).matches()) {
                    // "Jag har ett formulär, CAT" ... "Ja, det blir 16 poäng.": a form's sum comes once it is filled in.
                    topic = form;
                    cueAt = formAt;
                    cue = formCue;
                }
                if (n.group("b") != null && (topic == null || !topic.pair())) {
                    // "Och stående 122 över 70": a pressure said as one is a blood pressure, whatever was named last.
                    topic = TOPICS.get(0);
                    cue = null;
                }
                if (topic != null && topic.name().equals("NRS")) {
                    Topic pain = topic;
                    topic = ZeroToTen.scale(namedText + " " + text).map(s -> s.equals(BORG.name()) ? BORG : pain).orElse(null);
                }
                // A question names no value of its own: "Är det bra med 2,4?" asks about the one just said.
                if (topic == null || question && (cueAt == i || swedish) || insideCue(cues, n.start())
                        || topic.name().equals(ABI) && (!n.group("a").matches(".*[.,].*") || !ankleSaid(us, i))) {
                    continue;
                }
                TranscriptSpan number = u.span(n.start(), n.end());
                Matcher tenHere = TEN.matcher(text);
                if (ten == null && tenHere.find()) {
                    ten = u.span(tenHere.start(), tenHere.end());
                }
                List<TranscriptSpan> evidence = new ArrayList<>(List.of(number));
                for (TranscriptSpan extra : Arrays.asList(cue, topic.name().equals("NRS") ? ten : null)) {
                    if (extra != null && !evidence.contains(extra)) {
                        evidence.add(extra);
                    }
                }
                Optional<Fact> value = value(topic, n, text, swedish, ten != null, evidence);
                Matcher range = RANGE_OF_RATINGS.matcher(text).region(n.end("a"), text.length());
                if (value.isPresent() && topic.kind() == Fact.Kind.SCORE && topic.max() == 10 && range.lookingAt()) {
                    int low = Integer.parseInt(n.group("a"));
                    int high = Integer.parseInt(range.group("high"));
                    if (high > low && high - low <= 2 && high <= 10) {
                        // "3, 4 kanske": one rating, "NRS 3-4/10", not two.
                        Fact one = value.get();
                        String shown = low + "-" + high;
                        evidence.add(u.span(range.start("high"), range.end("high")));
                        value = Optional.of(new Fact(one.kind(), one.text().replaceFirst("\\b" + low + "(?=/|$)", shown),
                                Map.of("name", one.attributes().get("name"), "value", shown), evidence));
                        rangeEnd = range.end();
                    }
                }
                if (value.isPresent()) {
                    found.add(new FactExtractor.Said(value.get(), i));
                    // "81 kilo." – "Förra gången var det 83": a value keeps its topic open.
                    open = topic;
                    namedIn = i;
                    openCue = cue;
                    openTen = ten;
                    openText = namedText;
                }
            }
            // The topic named last here is open for what follows.
            int last = -1;
            for (int k = 0; k < cues.size(); k++) {
                if (last < 0 || cues.get(k)[0] > cues.get(last)[0]) {
                    last = k;
                }
            }
            if (last >= 0) {
                open = cueTopics.get(last);
                namedIn = i;
                openCue = u.span(cues.get(last)[0], cues.get(last)[1]);
                openText = text;
                Matcher tenHere = TEN.matcher(text);
                openTen = tenHere.find() ? u.span(tenHere.start(), tenHere.end()) : null;
            }
            for (int k = 0; k < cues.size(); k++) {
                if (cueTopics.get(k).kind() == Fact.Kind.SCORE && !cueTopics.get(k).name().equals("NRS")) {
                    form = cueTopics.get(k);
                    formAt = i;
                    formCue = u.span(cues.get(k)[0], cues.get(k)[1]);
                }
            }
            if (last < 0 && question && open != null) {
                // A question goes on about the topic it named: "..., vad skulle du säga?" – "Nu?"
                namedIn = i;
            }
            Matcher tenHere = TEN.matcher(text);
            if (open != null && openTen == null && tenHere.find()) {
                // "..., noll är ingen smärta" – "och tio värsta tänkbara": the scale is out of ten.
                openTen = u.span(tenHere.start(), tenHere.end());
            }
        }
        return found;
    }

    /**
     * Whether the value at {@code n} is what it usually is ("brukar ligga på 95"), a rough pair ("runt 94, 95") or a
     * measure of another name ("BMI på ungefär 32"), not a reading of the topic.
     */
    private static boolean usualOrRough(String text, Matcher n) {
        String before = text.substring(0, n.start());
        String after = text.substring(n.end("a"));
        return USUAL_BEFORE.matcher(before).find() || OTHER_MEASURE_BEFORE.matcher(before).find() || ROUGH_BEFORE.matcher(before).find()
                && (NEXT_NUMBER.matcher(after).find() || NUMBER_BEFORE.matcher(before).find());
    }

    /** Whether an ankle pressure (or the index by name) was said in utterance {@code i} or shortly before it. */
    private static boolean ankleSaid(List<Utterance> us, int i) {
        return Phrases.saidWithin(us, i, ANKLE_REACH, ANKLE);
    }

    private static boolean insideCue(List<int[]> cues, int at) {
        return cues.stream().anyMatch(c -> at >= c[0] && at < c[1]);
    }

    private static Optional<Fact> value(Topic t, Matcher n, String text, boolean swedish, boolean tenSaid,
            List<TranscriptSpan> evidence) {
        String after = n.group("after") == null ? "" : Phrases.lower(n.group("after"));
        String a = n.group("a");
        String b = n.group("b");
        if (swedish && usualOrRough(text, n)) {
            return Optional.empty();
        }
        if (t.pair()) {
            if (b == null) {
                return Optional.empty();
            }
            if (n.group("below") != null || TARGET_BEFORE.matcher(text.substring(0, n.start())).find()) {
                // "vi vill ha det under 135 genom 85": a goal, not a reading.
                return Optional.empty();
            }
            int high = Integer.parseInt(a.replaceAll("\\D", ""));
            int low = Integer.parseInt(b);
            if (a.contains(",") || a.contains(".") || high < 70 || high > 260 || low < 30 || low >= high) {
                return Optional.empty();
            }
            String value = high + "/" + low;
            return Optional.of(new Fact(Fact.Kind.VITAL_SIGN, t.svLabel().equals("BT") && swedish ? "BT " + value
                    : t.enLabel() + " " + value, Map.of("kind", t.name(), "value", value, "unit", t.unit()), evidence));
        }
        if (b != null || n.group("above") != null) {
            // "om tempen går över 38,5": a limit, not a reading.
            return Optional.empty();
        }
        boolean ownUnit = switch (t.name()) {
            case "temperature" -> after.equals("grader") || after.equals("degrees");
            case "weight" -> after.equals("kilo") || after.equals("kg") || after.equals("pounds");
            case "oxygen-saturation" -> after.equals("procent") || after.equals("percent");
            case "NRS" -> after.equals("av") || after.equals("of") || after.equals("out");
            case "PEF" -> after.equals("liter") || after.equals("l") || after.equals("liters");
            case "HbA1c", "LDL", "Kalium", "Natrium", "Glukos", "P-glukos", "fP-glukos" -> after.startsWith("mmol");
            default -> after.equals("poäng") || after.equals("points");
        };
        if (!ownUnit && OTHER_UNIT.matcher(after).matches()) {
            return Optional.empty();
        }
        Matcher range = RANGE_UNIT.matcher(text.substring(n.end("a")));
        if (range.lookingAt() && OTHER_UNIT.matcher(Phrases.lower(range.group("unit"))).matches()) {
            // "från 24 till 20 enheter": the unit after the second number is the first one's too.
            return Optional.empty();
        }
        String before = text.substring(0, n.start());
        if (CALL_BEFORE.matcher(before).find()) {
            // "då ska ni ringa 112": a number to call.
            return Optional.empty();
        }
        if (t.name().equals("respiratory-rate") && !RATE_NAMED.matcher(text).find()
                && !PER_MINUTE.matcher(text.substring(n.end("a"))).lookingAt()) {
            // "Och så räknar jag andningen..." – "20 i minuten.": breaths are counted per minute.
            return Optional.empty();
        }
        if (t == PAIN && !RATING_BEFORE.matcher(before).find()) {
            // Pain named without a scale rates only "en 3": "smärtan ... i 3 dagar" is no rating.
            return Optional.empty();
        }
        if (t.kind() == Fact.Kind.SCORE && OUT_OF_BEFORE.matcher(before).find()) {
            // "6 av 10": the 10 is the top of the scale, not a second rating.
            return Optional.empty();
        }
        if (t.name().equals("weight") && CHANGE_BEFORE.matcher(before).find() || TARGET_BEFORE.matcher(before).find()
                || n.group("below") != null && !t.name().equals("CRP")) {
            return Optional.empty();
        }
        if (n.group("tenth") != null) {
            // "38 och 9" said of a temperature is 38,9; anything else is two numbers.
            if (!t.name().equals("temperature")) {
                return Optional.empty();
            }
            a = a + "," + n.group("tenth");
        }
        double v = Double.parseDouble(a.replace(',', '.'));
        // "0 är ingen smärta och 10 värsta tänkbara" defines the scale; it rates nothing.
        if (t.kind() == Fact.Kind.SCORE && t.max() == 10 && (v == 0 && SCALE_START.matcher(after).matches()
                || v == 10 && SCALE_END.matcher(text.substring(n.end("a"))).lookingAt())) {
            return Optional.empty();
        }
        if (v < t.min() || v > t.max() || t.kind() == Fact.Kind.SCORE && a.matches(".*[.,].*")
                || t.name().equals("temperature") && v < 37 && !a.matches(".*[.,].*")) {
            return Optional.empty();
        }
        String value = (n.group("below") != null && t.kind() == Fact.Kind.LAB ? "<" : "")
                + (swedish ? a.replace('.', ',') : a.replace(',', '.'));
        String label = swedish ? t.svLabel() : t.enLabel();
        String text2 = switch (t.kind()) {
            case SCORE -> t.name() + " " + value + (t.name().equals("NRS") && tenSaid ? "/10" : "");
            case VITAL_SIGN -> label + " " + value + (t.unit().equals("%") ? " %" : t.name().equals("weight") ? " kg" : "");
            default -> t.name() + " " + value;
        };
        Map<String, String> attributes = t.kind() == Fact.Kind.VITAL_SIGN
                ? Map.of("kind", t.name(), "value", value, "unit", t.unit()) : Map.of("name", t.name(), "value", value);
        return Optional.of(new Fact(t.kind(), text2, attributes, evidence));
    }

}
