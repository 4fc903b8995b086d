package se.diktera.summarizer.composer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swedish journal wording: short sentences without a subject ("Ont i halsen sedan 4 dagar."),
 * fillers gone ("eh", "liksom", "alltså", "typ"), and the usual forms: "1x3", "vb", "BT 142/86",
 * "Temp 38,2", "Sat 96 %", mg, mmol/l.
 */
final class SwedishWording extends RuleWording {

    private static final String NUM = "\\d+(?:,\\d+)?";
    private static final List<Rewrite> CLEAN = List.of(
            Rewrite.of("\\b(?:eh+|öh+|ehm|hm+|mm+|mhm|äh)\\b[,.]?", " "),
            Rewrite.of("\\b(?:liksom|alltså|asså|typ|ba|du vet|så här|eller hur|ju|faktiskt|lite grann|"
                    + "på något sätt|eller så|och så där|och sånt|å så)\\b,?", " "),
            Rewrite.of("(?<=^|\\s)[\\p{L}']+-(?=\\s|$)", " "),
            Rewrite.of("\\.\\.\\.", ","),
            Rewrite.of("\\b(?:i alla fall|tror jag|nu då|eller något|eller nåt|eller så|så att säga|på något vis|sa de|"
                    + "sa hon|sa han|om jag säger så|kan man säga)\\b,?", " "),
            Rewrite.of("^(?:nej|nä),? (?=(?:inga|ingen|inget|ej|inte|aldrig)\\b)", ""),
            Rewrite.of("\\b(?:väl|nog|bara|kanske|ganska|rätt så|jätte)\\b(?! (?:\\d|en |ett ))", " "),
            Rewrite.of("\\b(?:så )?(?:himla|jäkla|jävla|sjukt|skit|förbaskat)\\b", " "),
            Rewrite.of("\\bså (?=ont\\b)", " "),
            Rewrite.of(",? då[.!]?$", ""),
            Rewrite.of("\\b([\\p{L}']+)(?:,?\\s+\\1\\b)+", "$1"),
            Rewrite.of("^(?:(?:ja|jo|jaa|japp|men|och|så|okej|ok|bra|jaha|precis|nämen|nä men|ah|aa|absolut|visst|"
                    + "jaså|oj|okej då|då)\\b[,.!]?\\s*)+", ""),
            Rewrite.of("\\bsen\\b(?= (?:i |\\d|en |ett |några |igår|förra))", "sedan"),
            Rewrite.of("\\b(" + NUM + ") (?:över|genom|/) (\\d+)\\b", "$1/$2"),
            Rewrite.of("\\b(?:blodtrycket|blodtryck|trycket)[,.:]*(?: (?:är|var|ligger på|låg på|på))? (\\d+/\\d+)", "BT $1"),
            Rewrite.of("\\b(?:temperaturen|temperatur|tempen|temp|febern)[,.:]*(?: (?:är|var|ligger på|låg på|på))? (" + NUM
                    + ")(?: grader)?", "Temp $1"),
            Rewrite.of("\\b(?:saturationen|saturation|syremättnaden|syresättningen|saturerar|saturationsvärdet)"
                    + "(?: (?:är|var|ligger på|låg på|på))? (\\d+)(?: procent| %)?", "Sat $1 %"),
            Rewrite.of("\\b(?:pulsen|puls)[,.:]*(?: (?:är|var|ligger på|låg på|på))? (\\d+)", "Puls $1"),
            Rewrite.of("\\b(?:andningsfrekvensen|andningsfrekvens)[,.:]*(?: (?:är|var|ligger på|på))? (\\d+)", "AF $1"),
            Rewrite.of("\\b(?:en|1) gång(?:er)? (?:om|per|i) dag(?:en)?\\b|\\b(?:en|1) gång dagligen\\b", "1x1"),
            Rewrite.of("\\b(?:två|2) gånger (?:om|per|i) dag(?:en)?\\b|\\b(?:två|2) gånger dagligen\\b", "1x2"),
            Rewrite.of("\\b(?:tre|3) gånger (?:om|per|i) dag(?:en)?\\b|\\b(?:tre|3) gånger dagligen\\b", "1x3"),
            Rewrite.of("\\b(?:fyra|4) gånger (?:om|per|i) dag(?:en)?\\b|\\b(?:fyra|4) gånger dagligen\\b", "1x4"),
            Rewrite.of("\\bvid behov\\b", "vb"),
            Rewrite.of("\\b(?:vikten|på vågen|vågen)[,.:]*(?: (?:är|var|visar|ligger på|på))? (\\d{2,3}(?:,\\d)?) (?:kilo|kg)\\b",
                    "Vikt $1 kg"),
            Rewrite.of("(?<![\\d,])(\\d{2,3}(?:,\\d)?) kilo\\b", "$1 kg"),
            Rewrite.of("\\bhba ett c\\b|\\bhb a ett c\\b", "HbA1c"),
            Rewrite.of("\\butan anmärkning\\b", "u.a."),
            Rewrite.of("\\bmilligram\\b", "mg"),
            Rewrite.of("\\bmikrogram\\b", "µg"),
            Rewrite.of("\\bmillimol per liter\\b", "mmol/l"),
            Rewrite.of("\\bmillimol per mol\\b", "mmol/mol"),
            Rewrite.of("(?<=\\d) gram\\b", " g"),
            Rewrite.of("(?<=\\d) procent\\b", " %"));
    /** The patient's or a relative's words: the subject goes, first person becomes the patient. */
    private static final List<Rewrite> PATIENT = List.of(
            Rewrite.of("^(?:jag|hon|han|vi) (?:är|kommer) (?:här|hit)(?: idag)? (?:på|för) (?:min |sin |en |ett )?", ""),
            Rewrite.of("^(?:jag|hon|han|vi) har (?:haft|känt) (?=ont|värk|feber|hosta|besvär|problem|svårt|mycket|lite)", ""),
            Rewrite.of("^(?:jag|hon|han) har (?=ont|värk|feber|hosta|besvär|problem|svårt|en |ett |inga |ingen |inget )", ""),
            Rewrite.of("^(?:jag|hon|han) (?:är|blir|var|blev) (?!inte)", ""),
            Rewrite.of("^(?:jag|hon|han) känner mig\\b", "känner sig"),
            Rewrite.of("^det (?:är|var) (?=\\p{L})", ""),
            Rewrite.of("^(?:jag|hon|han) (?=\\p{L})", ""),
            Rewrite.of("\\bmig\\b|\\bmej\\b", "sig"),
            Rewrite.of("\\bmin\\b", "sin"),
            Rewrite.of("\\bmitt\\b", "sitt"),
            Rewrite.of("\\bmina\\b", "sina"),
            // Inside a sentence the subject goes too, as in the journal ("I natt frös och skakade, så tog
            // Alvedon"), except after a word that starts a clause of its own ("när pat sväljer").
            Rewrite.of("(?<!\\b(?:när|om|att|som|eftersom|innan|efter|medan|där|tills|fast|än|hur|vad|var|då|sen|sedan|"
                    + "ifall|varför|vilket))\\s+jag\\b(?= \\p{L})", ""),
            Rewrite.of("\\bjag\\b", "pat"),
            Rewrite.of("\\binte\\b", "ej"));
    /** The clinician's words: "jag/vi" and "du" go, what was found or decided stays. */
    private static final List<Rewrite> CLINICIAN = List.of(
            Rewrite.of("^(?:nej|ja|jo|okej|bra),? ", ""),
            Rewrite.of("^(?:du|ni) (?:är|kommer) (?:här|hit)(?: idag)? (?:på|för) (?:din |sin |en |ett )?", ""),
            Rewrite.of("^(?:jag|vi) (?:ska|kommer att|tänker|skulle vilja|vill|får) (?:nog )?", ""),
            Rewrite.of("^(?:jag|vi) (?=\\p{L})", ""),
            Rewrite.of("^(?:du|ni) (?:har|verkar ha) (?:nog |troligen |sannolikt )?(?:en |ett )?", ""),
            Rewrite.of("^(?:du|ni) (?:ska|får|kan|bör|behöver) ", ""),
            Rewrite.of("^(?:det|här) (?:är|verkar vara|ser ut som|låter som) (?:nog |troligen |en |ett )*(?=\\p{L})", ""),
            Rewrite.of("\\b(\\p{L}{3,}(?:en|et|na|orna|arna|erna))\\s+(?:är|var|ser|låter|verkar)(?: ut)?(?: att vara)?\\s+"
                    + "(?=\\p{L})", "$1 "),
            Rewrite.of("\\bdig\\b", "sig"),
            Rewrite.of("\\bdin\\b", "sin"),
            Rewrite.of("\\bditt\\b", "sitt"),
            Rewrite.of("\\bdina\\b", "sina"),
            Rewrite.of("\\b(?:du|ni)\\b", "pat"),
            Rewrite.of("\\binte\\b", "ej"));
    private static final Pattern HAR_DU = Pattern.compile("^(?:och |men |så )?(?:har|hade|känner|upplever|får) "
            + "(?:du|ni|hon|han) (?:haft |känt |märkt |fått |sig |dig |något |några )?(?<article>någon |något |några |nån |nåt |nåra )?"
            + "(?<what>.+?)(?: nu| idag| senaste tiden| på sistone| alls)?[?.]?$", Rewrite.FLAGS);
    private static final Pattern VERB_DU = Pattern.compile("^(?:och |men |så )?(?<verb>röker|snusar|dricker|tränar|motionerar|"
            + "sover|äter|jobbar|arbetar|promenerar|kissar|bajsar|hostar|fryser|svettas|kräks|blöder)"
            + " (?:du|ni|hon|han)(?<rest> .+?)?[?.]?$", Rewrite.FLAGS);
    private static final Pattern AR_DU = Pattern.compile("^(?:och |men |så )?(?:är|blir|känns) (?:du|ni|hon|han|det) "
            + "(?<what>\\p{L}+(?: \\p{L}+){0,3}?)(?: nu| idag| alls)?[?.]?$", Rewrite.FLAGS);
    static final Set<String> PHRASES = Set.of("ingen", "inget", "inga", "ej", "sig", "sin", "sitt", "sina", "pat",
            "1x1", "1x2", "1x3", "1x4", "vb", "u.a.", "mg", "µg", "g", "mmol/l", "mmol/mol", "%", "bt", "temp", "sat", "puls",
            "af", "sedan", "känner", "kontaktorsak", "aktuellt", "anamnes", "tidigare", "sjukdomar", "socialt", "läkemedel",
            "allergier", "status", "bedömning", "åtgärd", "planering", "kommunikation", "andning", "cirkulation",
            "nutrition", "elimination", "hud", "vävnad", "aktivitet", "sömn", "smärta", "psykosocialt", "blodtryck",
            "saturation", "andningsfrekvens", "°c", "mmhg", "/min", "återbesök", "om", "i", "dagar", "vikt", "kg", "hba1c");

    /** Instructions during the examination and talk about the talk: never a note's content. */
    private static final Pattern COMMAND = Pattern.compile("^(?:andas (?:djupt|in|ut)|gapa|säg a+|titta (?:upp|hit)|"
            + "lägg dig|sätt dig|ta av|kan du (?:lägga|sätta|ta av|gapa|andas|böja|lyfta|titta)|får jag (?:lyssna|känna|titta)|"
            + "jag ska (?:bara )?(?:lyssna|känna|titta|tvätta|logga)|vänta|nu ska vi se|då ska vi se)\\b", Rewrite.FLAGS);

    SwedishWording() {
        super(CLEAN, PATIENT, CLINICIAN, COMMAND, PHRASES);
    }

    @Override
    public Optional<String> topic(String question) {
        // Swedish journal style puts the finding first; the answer names its topic often enough.
        return Optional.empty();
    }

    @Override
    public Optional<String> negated(String question) {
        return finding(question, true);
    }

    @Override
    public Optional<String> affirmed(String question) {
        return finding(question, false);
    }

    /**
     * What a yes/no question asks about, as a finding: "Röker du?" → "Röker ej." / "Röker.",
     * "Är du andfådd?" → "Ej andfådd.", "Har du haft något illamående?" → "Inget illamående.".
     */
    private Optional<String> finding(String question, boolean no) {
        String q = clean(question);
        Matcher v = VERB_DU.matcher(q);
        if (v.matches()) {
            return Optional.of(v.group("verb") + (no ? " ej" : "") + (v.group("rest") == null ? "" : v.group("rest")) + ".");
        }
        Matcher ar = AR_DU.matcher(q);
        if (ar.matches()) {
            return Optional.of((no ? "Ej " : "") + rephrase(ar.group("what"), Role.CLINICIAN, Pronouns.PATIENT) + ".");
        }
        Matcher m = HAR_DU.matcher(q);
        if (!m.matches() || m.group("what").split(" ").length > 8) {
            return Optional.empty();
        }
        String what = rephrase(m.group("what"), Role.CLINICIAN, Pronouns.PATIENT) + ".";
        if (!no) {
            return Optional.of(what);
        }
        String article = m.group("article") == null ? "" : m.group("article").strip();
        String none = article.equals("något") || article.equals("nåt") ? "Inget"
                : article.equals("några") || article.equals("nåra") ? "Inga" : "Ingen";
        return Optional.of(none + " " + what);
    }
}
