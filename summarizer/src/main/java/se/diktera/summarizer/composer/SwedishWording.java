package se.diktera.summarizer.composer;

import java.util.ArrayList;
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
    /**
     * Not after a word that starts a clause of its own ("när pat sväljer", "om pat får feber"): there
     * the subject stays; anywhere else in a sentence it goes, as in the journal ("Hör av sig direkt").
     */
    private static final String AFTER_A_MAIN_CLAUSE_WORD = "(?<!\\b(?:när|om|att|som|eftersom|innan|efter|medan|där|"
            + "tills|fast|än|hur|vad|var|då|sen|sedan|ifall|varför|vilket))";
    /**
     * A word that can end a clause, so that "det" after it opens the next one: not a word that starts a
     * clause of its own, nor a verb or preposition that "det" would follow as its subject or object
     * ("blir det", "tar det", "för det").
     */
    private static final String AFTER_A_CLAUSE = "(?<=[\\p{L}\\d])(?<!\\b(?:när|om|att|som|eftersom|innan|efter|medan|där|tills|"
            + "fast|än|hur|vad|var|då|sen|sedan|ifall|varför|vilket|är|blir|blev|har|hade|kan|ska|skulle|får|fick|gör|gjorde|"
            + "tror|tycker|säger|sa|vet|hoppas|tar|tog|för|på|i|av|med|till|från|mot|under|över|utan|vid|eller|"
            + "så|nu|ju|väl|inte|ej|jag|du|vi|ni|hon|han|pat|man|de|dom|den|det|ser|går|känns|kommer|står|finns|vara|varit))";
    /** A verb "det" is the subject of at a clause start: "det gör ont", "det började i söndags". */
    private static final String CLAUSE_VERB = "(?:går|gick|gör|gjorde|blir|blev|finns|fanns|känns|kändes|syns|står|började|"
            + "hjälper|hjälpte|värker|värkte|svider|sved|sticker|kliar|bränner|dunkar|verkar|kommer|kom|räcker|stämmer|"
            + "behövs|brukar|har|hade|låter|ser|ökar|ökade|släpper|släppte|hänger|sitter|satt|strålar|drar)";
    /** The patient as the subject of a clause, in anyone's words. */
    private static final String WHO = "(?:jag|du|pat|hon|han)";
    /** Where a clause ends: a comma or full stop, the end, or a word that joins the next clause or thing. */
    private static final String END_OF_CLAUSE = "[,.!?]|$| (?:och|men|eller|så|då|det|ibland|också)\\b";
    /** Lab values said by name: "crp", "hb", "kreatinin", "egfr", "kalium", "pk". */
    private static final String LAB = "crp|hb|kalium|kreatinin|egfr|natrium|pk|inr|glukos|tsh|ldl|ferritin|b12|hba1c|albumin";
    private static final List<Rewrite> CLEAN = List.of(
            Rewrite.of("\\b(?:eh+|öh+|ehm|hm+|mm+|mhm|äh)\\b[,.]?", " "),
            Rewrite.of("\\b(?:liksom|alltså|asså|typ|ba|du vet|så här|eller hur|ju|faktiskt|lite grann|"
                    + "på något sätt|eller så|och så där|och sånt|å så)\\b,?", " "),
            Rewrite.of("(?<=^|\\s)[\\p{L}']+-(?=\\s|$)", " "),
            // Instructions said while examining, inside a longer turn: the finding around them stays
            // ("lungorna andas djupt genom munnen, låter fint", "vänta ska mäta, ca 4 cm").
            Rewrite.of("\\b(?:andas djupt(?: (?:in|ut))?(?:,? (?:och )?(?:in|ut))?(?: genom munnen)?|"
                    + "(?:titta|följ)(?: med)? (?:på )?(?:mitt|min) finger(?: följ med)?|titta på lampan|blunda hårt|höj ögonbrynen|"
                    + "vänta(?: lite)?,? (?:jag )?ska (?:mäta|kolla|räkna|titta|se)|vänta(?=[,.]))\\b[,.]?", " "),
            // The clinician saying what comes next in the examination: the findings are the note's
            // ("då ska jag undersöka dig", "nu ska vi titta", "då ska jag lyssna och känna lite på dig").
            Rewrite.of("\\b(?:(?:då|nu|okej),? )*(?:(?:ska|får) (?:jag|vi)|(?:jag|vi) (?:ska|får)) (?:bara )?"
                    + "(?:undersöka|titta|lyssna|känna|kolla)(?: och (?:undersöka|titta|lyssna|känna|kolla))?(?: lite)?"
                    + "(?:(?: på)? (?:dig|er)\\b(?: ordentligt| lite)?|(?=[,.!?]|$))[,.!?]?", " "),
            Rewrite.of("\\.\\.\\.", ","),
            // Taking or keeping the turn inside a sentence: "... ja fingrarna når knäna", "okej då tar vi".
            Rewrite.of("(?<=\\p{L}|\\d|,) (?:ja|jaa|okej|nja|jaha|japp)\\b[,.!]?(?= \\p{L})", " "),
            Rewrite.of("\\b(?:i alla fall|tror jag|nu då|eller något|eller nåt|eller så|så att säga|på något vis|sa de|"
                    + "sa hon|sa han|om jag säger så|kan man säga)\\b,?", " "),
            Rewrite.of("\\b(?:väl|nog|bara|kanske|ganska|rätt så|jätte)\\b(?! (?:\\d|en |ett ))", " "),
            Rewrite.of("\\b(?:så )?(?:himla|jäkla|jävla|sjukt|skit|förbaskat)\\b", " "),
            Rewrite.of("\\bså (?=ont\\b)", " "),
            // Words that only carry the talk along: "så" (not "inte så", "så länge", "så att"), "också", "här".
            Rewrite.of("(?<!\\b(?:inte|ej|inget|ingen|inga|lika|eller|än)(?: \\p{L}{1,12})? )\\bså\\b(?! (?:länge|fort|snart|att|som|pass|kallad|kallade|lite)\\b),?", " "),
            Rewrite.of("\\bockså\\b", " "),
            // The journal names things without an article ("Remiss till fysioterapeut", "Fick kur"), but "en
            // gång", "ett par", "en halv", "en till" count.
            Rewrite.of("(?<!\\b(?:än|mer|som|av|till|varje|per) )\\b(?:en|ett) (?!(?:gång|par|halv|till|av|och|eller|stund|tag|vecka|"
                    + "veckor|dag|dygn|natt|kväll|morgon|månad|år|timme|halvtimme|kvart|minut|bit|del|annan|annat|sån|sådan|sådant|sånt|"
                    + "enda|åt|i|på|per|om|vid|efter|före|innan|mot|under|med|från|hos|för|när|så|var|sig)\\b)(?=\\p{L})", " "),
            Rewrite.of("(?<!\\b(?:det|den|de|dom|detta|just) )\\bhär\\b(?! och där),?", " "),
            Rewrite.of(",? då[.!]?$", ""),
            Rewrite.of("\\b([\\p{L}']+)(?:,?\\s+\\1\\b)+", "$1"),
            Rewrite.of("\\b([\\p{L}']+ [\\p{L}']+)(?:,?\\s+\\1\\b)+", "$1"),
            // What a sentence opens with before its content: a yes or no to what was asked (the note
            // keeps the answer, not the particle), a restart, a word that only takes the turn.
            Rewrite.of("^[\\s,.!]*(?:(?:ja|jo|jaa|japp|nej|nä|men|och|så|okej|ok|bra|jaha|precis|nämen|nä men|ah|aa|"
                    + "absolut|visst|jaså|oj|okej då|då|eller|nu)\\b[,.!]?\\s*)+", ""),
            Rewrite.of("\\bsen\\b(?= (?:i |\\d|en |ett |några |igår|förra))", "sedan"),
            // "för 2 veckor sen", "sen hon var liten": since, as the journal writes it; "och sen" is then.
            Rewrite.of("\\b(?!(?:och|men|så)\\b)([\\p{L}\\d]+) sen\\b", "$1 sedan"),
            Rewrite.of("^sen,? (?=\\p{L})", ""),
            Rewrite.of("\\b(\\d+(?:,\\d+)?(?: \\p{L}+)?),? ungefär\\b", "ca $1"),
            Rewrite.of("\\b(?:ungefär|cirka|runt|omkring)(?= \\d)", "ca"),
            Rewrite.of("\\ben (?=\\d+(?:,\\d+)? (?:minuter|timmar|dagar|veckor|månader|år|kilo|meter)\\b)", "ca "),
            Rewrite.of("\\bungefär\\b", " "),
            Rewrite.of("(?<=\\d) stycken\\b", ""),
            Rewrite.of("(?<!\\b(?:du|ni) )\\b(?:(?:har|hade) )?(?:inte|ej) (?:(?:haft|fått|känt|märkt|sett) )?(?:någon|nån)\\b",
                    "ingen"),
            Rewrite.of("(?<!\\b(?:du|ni) )\\b(?:(?:har|hade) )?(?:inte|ej) (?:(?:haft|fått|känt|märkt|sett) )?(?:något|nåt)\\b",
                    "inget"),
            Rewrite.of("(?<!\\b(?:du|ni) )\\b(?:(?:har|hade) )?(?:inte|ej) (?:(?:haft|fått|känt|märkt|sett) )?(?:några|nåra)\\b",
                    "inga"),
            // What the patient does when a symptom comes, as the journal names it: "ont när jag sväljer" → "ont vid
            // sväljning", "yr när hon reser sig" → "yr vid uppresning", "när du går i trappor" → "vid gång i trappor".
            whenDoing("(?:går|promenerar)", "| i trapp\\p{L}*| uppför| i backar", "vid gång"),
            whenDoing("sväljer", "", "vid sväljning"),
            whenDoing("kissar", "", "vid miktion"),
            whenDoing("hostar", "", "vid hosta"),
            whenDoing("anstränger (?:mig|dig|sig)", "", "vid ansträngning"),
            whenDoing("reser (?:mig|dig|sig)(?: upp)?", "", "vid uppresning"),
            whenDoing("böjer (?:mig|dig|sig) framåt", "", "vid framåtböjning"),
            whenDoing("vänder (?:mig|dig|sig)(?: i sängen)?", "", "vid vändning"),
            // The position a finding is taken in: "blodtrycket när du sitter 138/80", "hostar när jag ligger ner".
            whenDoing("ligger(?: ner)?", "| \\d", "i liggande"),
            whenDoing("sitter(?: ner)?", "| \\d", "i sittande"),
            whenDoing("står(?: upp)?", "| \\d", "i stående"),
            Rewrite.of("\\bpå grund av\\b", "pga"),
            Rewrite.of("\\b(?:på|i) båda sidor(?:na)?\\b", "bilateralt"),
            Rewrite.of("\\bvänster\\b", "vä"),
            Rewrite.of("\\bhöger\\b", "hö"),
            Rewrite.of("\\blite (?=(?:\\p{L}+(?:ig|igt|iga|ad|at|ade|sam|samt|lig|ligt|liga)|illamående|ömmande|torr|torrt|röd|rött|öm|ömt|"
                    + "hes|yr|trött|svag|svagt|lös|sned|snett|gul|gult|blek|stel|stelt|låg|lågt|hög|högt|varm|kall|sur|tjock|"
                    + "svullen|svullet|svullna|nedsatt|nedsatta|förhöjd|förhöjt|förhöjda|grön|grönt)\\b)", "lätt "),
            Rewrite.of("\\b(" + NUM + ") (?:över|genom|/) (\\d+)\\b", "$1/$2"),
            // "blodtrycket sittande är 128/72" → "BT sittande 128/72".
            Rewrite.of("\\b(?:blodtrycket|blodtryck|trycket)[,.:]*(?: (sittande|stående|liggande))?(?: (?:är|var|ligger på|låg på|på))?"
                    + " (\\d+/\\d+)", "BT $1 $2"),
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
            Rewrite.of("\\bgånger\\b(?! \\d)", "ggr"),
            Rewrite.of("\\b(?:vikten|på vågen|vågen)[,.:]*(?: (?:är|var|visar|ligger på|på))? (\\d{2,3}(?:,\\d)?) (?:kilo|kg)\\b",
                    "Vikt $1 kg"),
            Rewrite.of("(?<![\\d,])(\\d{2,3}(?:,\\d)?) kilo\\b", "$1 kg"),
            Rewrite.of("\\bhba ett c\\b|\\bhb a ett c\\b", "HbA1c"),
            // A lab value as the journal writes it, name then value: "egfr är 38" → "egfr 38", "crp:n var 124".
            Rewrite.of("\\b(" + LAB + ")(?::?(?:et|en|n))?[,.:]*(?: (?:är|var|ligger på|låg på|landade på|blev))? (" + NUM + ")\\b",
                    "$1 $2"),
            Rewrite.of("\\butan anmärkning\\b", "u.a."),
            Rewrite.of("\\bmilligram\\b", "mg"),
            Rewrite.of("\\bmikrogram\\b", "µg"),
            Rewrite.of("\\bmillimol per liter\\b", "mmol/l"),
            Rewrite.of("\\bmillimol per mol\\b", "mmol/mol"),
            Rewrite.of("(?<=\\d) gram\\b", " g"),
            Rewrite.of("(?<=\\d) procent\\b", " %"),
            // A finding said with its verdict: the finding is the note's ("Klar och orienterad, det är bra").
            Rewrite.of("(?:,\\s*(?:och |så )?| och | så )det (?:är|låter|ser) (?:ju )?(?:bra|fint|skönt|jättebra)(?: ut)?[.!]?$", ""),
            // "Det" that stands for nothing or for what was just named: the journal starts with the verb
            // ("Gör ont.", "Svider när pat kissar.", "Finns avlastning."), and "men det är" is "men".
            Rewrite.of("^det (?!(?:här|där|som|och|är|var)\\b)(?=\\p{L})", ""),
            Rewrite.of("(?<=,|\\bmen|\\boch) det (?:är|var) (?!(?:det|den|de|han|hon|jag|du|vi|ni|så)\\b)(?=[\\p{L}\\d])", " "),
            // The same inside a sentence said without punctuation, where "det" opens a clause of its own after
            // a word that ends the one before ("Ont i halsen det gör ont när pat sväljer", "vaknade det är helt").
            Rewrite.of(AFTER_A_CLAUSE + " det (?:är|var) (?!(?:det|den|de|han|hon|jag|du|vi|ni|så|att|som)\\b)(?=[\\p{L}\\d])",
                    " "),
            Rewrite.of(AFTER_A_CLAUSE + " det (?=" + CLAUSE_VERB + "\\b)", " "),
            // "Det" after its verb inside a sentence: "i måndags var det 76" → "i måndags var 76".
            Rewrite.of("(?<=[\\p{L}\\d] (?:är|var|blir|blev)) det (?!(?:här|där|som|att|så|det|den)\\b)(?=[\\p{L}\\d])", " "),
            Rewrite.of("(?<=[\\p{L}\\d] (?:har|hade)) det (?=\\p{L}+t\\b)", " "),
            // A condition in the journal's words: "om det blir värre" → "om värre".
            Rewrite.of("\\b(om|när) det (?:är|blir|var|blev) (?!(?:det|den|som|att|så|här|där)\\b)(?=[\\p{L}\\d])", "$1 "),
            // The same said with a negation: "om det inte har vänt" → "om ej vänt", "om det inte är bättre" → "om ej bättre".
            Rewrite.of("\\bom det (?:inte|ej) (?:har |är |blir )(?!(?:det|den|som|att|så|här|där)\\b)(?=[\\p{L}\\d])", "om ej "),
            // "Den" that stands for what was just named, as "det" does: "den är nedsatt" → "nedsatt".
            Rewrite.of("^den (?:är|var) (?!(?:det|den|de|han|hon|jag|du|vi|ni|så|att|som)\\b)(?=[\\p{L}\\d])", ""),
            // When in the day a dose is taken, as the medication list writes it: "50 mg på morgonen" → "50 mg morgon".
            Rewrite.of("(?<=\\b(?:mg|g|µg|ml|tablett|tabletter|puffar|droppar|enheter|1x\\d)) på (morgon|kväll)en\\b", " $1"));
    /**
     * "när jag/du/hon {@code doing}" as the journal names it ({@code journal}: "vid sväljning", "i sittande"), where
     * the clause ends there or, as {@code alsoBefore} lets it ("| \\d"), goes on with what it was said of.
     */
    private static Rewrite whenDoing(String doing, String alsoBefore, String journal) {
        return Rewrite.of("\\bnär " + WHO + " " + doing + "(?=" + END_OF_CLAUSE + alsoBefore + ")", journal);
    }

    /** What was done, as the journal writes it once the subject is gone: "Har fått penicillin" → "Fått penicillin". */
    private static final Rewrite DONE_WITHOUT_HAR = Rewrite.of("^har (?!det\\b)(?=\\p{L}+t\\b)", "");
    /** The same after "och", "men" or a comma: "och har gått ner 3 kg" → "och gått ner 3 kg"; not "har ont", "har inte". */
    private static final Rewrite DONE_WITHOUT_HAR_INSIDE = Rewrite.of("(?<=\\b(?:och|men)|,) har (?!(?:det|ont|inte|något|nåt|inget|"
            + "mycket|lätt|svårt|just|allt|gott|rätt|bott|nytt|annat|litet|kort|fått reda)\\b)(?=\\p{L}+t\\b)", " ");
    /** What the patient takes, as the medication list writes it: "Tar Alvedon 500 mg 1x3" → "Alvedon 500 mg 1x3". */
    private static final Rewrite TAKEN_WITHOUT_TAR = Rewrite.of("^tar (?!(?:det|den|dem|bort|upp|hand|ställning)\\b)(?=\\p{L}|\\d)", "");
    /**
     * "Pat" where the journal leaves the subject out: in a condition ("om pat blir sämre" → "om sämre",
     * "när pat är piggare" → "när piggare") and in a plan said as what was agreed ("Att pat börjar med
     * medicin" → "Börjar med medicin").
     */
    private static final List<Rewrite> PAT_LEFT_OUT = List.of(
            Rewrite.of("\\b(om|när|tills) pat (?:blir|är) (?!(?:det|den|de|så|att|som)\\b)(?=[\\p{L}\\d])", "$1 "),
            Rewrite.of("^att pat (?=\\p{L})", ""));
    /** A finding as the journal writes it, without its verb: "lungorna låter fina" → "lungorna fina", "benen är svaga". */
    private static final Rewrite FINDING_WITHOUT_VERB = Rewrite.of("\\b(\\p{L}{3,}(?:en|et|na|orna|arna|erna)|\\p{L}+:(?:t|n|et|en)),?"
            + "\\s+(?:är|var|ser|låter|verkar|ligger på|låg på)(?: ut)?(?: att vara)?\\s+(?=[\\p{L}\\d])"
            + "(?!(?:det|den|de|han|hon|pat|jag|du|vi|ni)\\b)", "$1 ");
    /** The patient's words: the subject goes, first person is the patient. */
    private static final List<Rewrite> PATIENT = spokenAboutThePatient("(?:jag|hon|han)", true);
    /**
     * A relative's words: "hon" and "han" are the patient and go as the patient's subject does; "jag" is
     * the relative, never the patient.
     */
    private static final List<Rewrite> RELATIVE = spokenAboutThePatient("(?:hon|han)", false);

    private static List<Rewrite> spokenAboutThePatient(String patient, boolean firstPersonIsThePatient) {
        List<Rewrite> rules = new ArrayList<>(List.of(
                // Reported or hedged: what is said or thought is the note's ("hon säger att det bränner").
                Rewrite.of("^(?:(?:jag|hon|han|vi) )?(?:säger|sa|tycker|tror|tänker|känner) (?:nog )?att ", ""),
                Rewrite.of("^(?:jag|hon|han|vi) (?:är|kommer) (?:här|hit)(?: idag)? (?:på|för) (?:min |sin |en |ett )?", ""),
                Rewrite.of("^" + patient + " har (?:haft|känt) (?=ont|värk|feber|hosta|besvär|problem|svårt|mycket|lite)", ""),
                Rewrite.of("^" + patient + " har (?=ont|värk|feber|hosta|besvär|problem|svårt|en |ett |inga |ingen |inget )", ""),
                Rewrite.of("^" + patient + " (?:är|blir|var|blev) (?!inte)", ""),
                Rewrite.of("^(?:jag känner mig|hon känner sig|han känner sig)\\b", "känner sig"),
                Rewrite.of("^det (?:är|var) (?=\\p{L})", ""),
                Rewrite.of("^" + patient + " (?=\\p{L})", "")));
        if (firstPersonIsThePatient) {
            rules.addAll(List.of(
                    Rewrite.of("\\bmig\\b|\\bmej\\b", "sig"),
                    Rewrite.of("\\bmin\\b", "sin"),
                    Rewrite.of("\\bmitt\\b", "sitt"),
                    Rewrite.of("\\bmina\\b", "sina")));
        }
        // Inside a sentence the subject goes too, as in the journal ("I natt frös och skakade, så tog
        // Alvedon"), except after a word that starts a clause of its own ("när pat sväljer").
        rules.add(Rewrite.of(AFTER_A_MAIN_CLAUSE_WORD + "\\s+" + patient + "\\b(?= \\p{L})", ""));
        if (firstPersonIsThePatient) {
            rules.add(Rewrite.of("\\bjag\\b", "pat"));
            rules.addAll(PAT_LEFT_OUT);
        }
        rules.addAll(List.of(Rewrite.of("\\binte\\b", "ej"), DONE_WITHOUT_HAR, DONE_WITHOUT_HAR_INSIDE, TAKEN_WITHOUT_TAR,
                FINDING_WITHOUT_VERB));
        return List.copyOf(rules);
    }

    /** The clinician's words: "jag/vi" and "du" go, what was found or decided stays. */
    private static final List<Rewrite> CLINICIAN = List.of(
            // What the clinician rules out, as the journal writes it: "så misstänker jag inte lunginflammation"
            // → "ingen misstanke om lunginflammation"; what is suspected: "jag misstänker en UVI" → "misstänkt UVI".
            Rewrite.of("\\b(?:(?:jag|vi) )?misstänker (?:(?:jag|vi) )?(?:inte|ej|ingen|inget|inga)(?: att)?(?: (?:det är|du har|pat har))?"
                    + "(?: (?:någon|något|nån|nåt|en|ett))? (?=\\p{L})", "ingen misstanke om "),
            Rewrite.of("^(?:(?:jag|vi) )?misstänker (?:att )?(?:(?:det är|du har|pat har) )?(?:en |ett )?(?=\\p{L})", "misstänkt "),
            // A question that ends a turn said without punctuation is the next answer's, not the note's:
            // "... det ser fint ut hur är aptiten", "... och har du haft feber".
            Rewrite.of("(?<=\\p{L}|\\d)(?<!\\b(?:om|vet|veta|visste|se|ser|hör|höra|kolla|kollar|visa|berätta|förklara|säga|fråga|"
                    + "frågar|undrar|undra|titta|tittar|beror|på|av|i|till|för|med|över|sett|hört|lära|ej|inte))[,.]?\\s+"
                    + "(?:(?:och|men|okej) )?(?:hur|vad|vilken|vilket|vilka|varför) (?:är|var|mår|går|gick|"
                    + "känns|kändes|gör|gjorde|har|hade|tar|blir|ser|länge|ofta|mycket|många|tycker|tänker|brukar|äter|dricker|"
                    + "sover|jobbar|arbetar|hände|händer)\\b[^.!]*[?]?$", ""),
            Rewrite.of("(?:(?<=\\p{L}|\\d)[,.]|(?<=\\p{L}|\\d)[,.]? (?:och|men))"
                    + " (?:har|hade|är|tar|känner|brukar|får|kan|röker|dricker|snusar|sover|äter|märker|upplever|"
                    + "använder|tycker|tänker|vet) (?:du|ni)\\b[^.!]*[?]?$", ""),
            Rewrite.of("^(?:nej|ja|jo|okej|bra),? ", ""),
            Rewrite.of("^(?:du|ni) (?:är|kommer) (?:här|hit)(?: idag)? (?:på|för) (?:din |sin |en |ett )?", ""),
            Rewrite.of("^(?:jag|vi) (?:ska|kommer att|tänker|skulle vilja|vill|får) (?:nog )?", ""),
            Rewrite.of("^(?:jag|vi) (?=\\p{L})", ""),
            // Telling that an answer came: the answer is the note's ("nu har jag svaret, och det är positivt").
            Rewrite.of("^(?:nu |så )?har (?:jag|vi) (?:fått )?(?:svaret|svar|provsvaret|svaren)(?: på \\p{L}+)?,? (?:och )?", ""),
            // Thinking aloud: what was thought stays ("tycker att det läker fint" → "det läker fint").
            Rewrite.of("^(?:tycker|tror|tänker|ser|hör|känner) (?:nog )?att ", ""),
            Rewrite.of("^(?:du|ni|hon|han) (?:är|var) (?!inte|ej)(?=\\p{L})", ""),
            Rewrite.of("^(?:du|ni|hon|han) (?:har|verkar ha) (sannolikt )?(?:en |ett )?", "$1"),
            Rewrite.of("^(?:du|ni) (?:ska|får|kan|bör|behöver) ", ""),
            // The same said the other way round ("då ska du söka akut" once "då" is gone).
            Rewrite.of("^(?:ska|bör|behöver) (?:du|ni) (?=\\p{L})", ""),
            Rewrite.of("^(?:det här|detta|det|här) (?:är|verkar vara|ser ut som|låter som) (?:en |ett )*(sannolikt )?(?:en |ett )*(?=\\p{L})",
                    "$1"),
            FINDING_WITHOUT_VERB,
            // A condition to act on, as the journal writes it: "om du får feber" → "vid feber".
            Rewrite.of("\\bom (?:du|ni|hon|han) får (?!(?:ta|gå|komma|vara|göra|åka|träffa|svårt|en tid|tid)\\b)(?=\\p{L})", "vid "),
            Rewrite.of("\\bdig\\b", "sig"),
            Rewrite.of("\\bdin\\b", "sin"),
            Rewrite.of("\\bditt\\b", "sitt"),
            Rewrite.of("\\bdina\\b", "sina"),
            Rewrite.of("^(?:du|ni|hon|han) (?=\\p{L})", ""),
            Rewrite.of(AFTER_A_MAIN_CLAUSE_WORD + "\\s+(?:du|ni|jag|vi|hon|han)\\b(?= \\p{L})", ""),
            Rewrite.of("\\b(?:du|ni)\\b", "pat"),
            PAT_LEFT_OUT.get(0),
            PAT_LEFT_OUT.get(1),
            Rewrite.of("\\binte\\b", "ej"),
            DONE_WITHOUT_HAR,
            DONE_WITHOUT_HAR_INSIDE,
            // The plan in the journal's words: "Remiss till …", "Återbesök om 2 veckor", "Telefonkontakt på
            // torsdag", "Hör av sig".
            Rewrite.of("^(?:skickar|skriver|gör|lägger) (?:en |ett )?(?=(?:akut |ny )?remiss\\b)", ""),
            Rewrite.of("^skriver ut (?:en |ett )?(?!(?:den|det|dem)\\b)(?=\\p{L})", ""),
            Rewrite.of("\\b(?:ses|träffas) (?:igen )?(?=om \\d)", "återbesök "),
            Rewrite.of("^kommer tillbaka (?=om \\d|på \\p{L}+dag\\b)", "återbesök "),
            Rewrite.of("^ringer (?:upp )?(?:pat |sig |er )?(?=på \\p{L}+dag\\b|i morgon\\b|imorgon\\b|nästa\\b|om \\d)",
                    "telefonkontakt "),
            Rewrite.of("^ring(?:er)? (?:till )?oss\\b", "hör av sig"));
    /**
     * A clinician's "nog" where it says how likely something is ("det är nog stressen", "beror nog på",
     * "hänger nog ihop med"), not where it softens a plan ("vi får nog ta ett prov"), and the words for
     * likely: all become the journal's "sannolikt" before the softeners go.
     */
    private static final List<Rewrite> CLINICIAN_UNCERTAINTY = List.of(
            Rewrite.of("\\b(?:troligen|troligtvis|antagligen|förmodligen)\\b", "sannolikt"),
            Rewrite.of("(?<=\\b(?:är|var|beror|berodde|hänger|handlar|spelar|har|hade|blir|blev|ligger|kommer))\\s+nog\\b",
                    " sannolikt"));
    /** The clinician saying what they think is the case ("jag tror att det är …", "… tror jag"), not what to do. */
    private static final Pattern THINKS = Pattern.compile("\\btror (?:jag|nog)\\b(?! (?:att )?(?:vi|du|ni) (?:ska|kan|får|bör|borde)\\b)"
            + "|\\bjag tror att (?!(?:vi|du|ni) (?:ska|kan|får|bör|borde)\\b)", Rewrite.FLAGS);
    /** Words that already say how likely something is. */
    private static final Pattern UNCERTAIN = Pattern.compile("\\b(?:sannolikt|trolig|troligen|misstänkt|misstanke|möjligen|"
            + "kanske|tror|osäkert?)\\b", Rewrite.FLAGS);
    private static final Pattern HAR_DU = Pattern.compile("^(?:och |men |så )?(?:har|hade|känner|upplever|får) "
            + "(?:du|ni|hon|han) (?:haft |känt |märkt |fått |sig |dig |något |några )?(?<article>någon |något |några |nån |nåt |nåra )?"
            + "(?<what>.+?)(?: nu| idag| senaste tiden| på sistone| alls)?[?.]?$", Rewrite.FLAGS);
    private static final Pattern VERB_DU = Pattern.compile("^(?:och |men |så )?(?<verb>röker|snusar|dricker|tränar|motionerar|"
            + "sover|äter|jobbar|arbetar|promenerar|kissar|bajsar|hostar|fryser|svettas|kräks|blöder)"
            + " (?:du|ni|hon|han)(?<rest> .+?)?[?.]?$", Rewrite.FLAGS);
    private static final Pattern AR_DU = Pattern.compile("^(?:och |men |så )?(?:är|blir|känns) (?:du|ni|hon|han|det) "
            + "(?<what>\\p{L}+(?: \\p{L}+){0,3}?)(?: nu| idag| alls)?[?.]?$", Rewrite.FLAGS);
    /** What "har du" asks about when it is a verb that was done, not a thing had: "kräkts", "ramlat", "ont". */
    private static final Pattern SUPINE = Pattern.compile("\\p{L}+ts?\\b", Rewrite.FLAGS);
    static final Set<String> PHRASES = Set.of("ingen", "inget", "inga", "ej", "sig", "sin", "sitt", "sina", "pat",
            "1x1", "1x2", "1x3", "1x4", "vb", "u.a.", "mg", "µg", "g", "mmol/l", "mmol/mol", "%", "bt", "temp", "sat", "puls",
            "af", "sedan", "känner", "kontaktorsak", "aktuellt", "anamnes", "tidigare", "sjukdomar", "socialt", "läkemedel",
            "allergier", "status", "bedömning", "åtgärd", "planering", "kommunikation", "andning", "cirkulation",
            "nutrition", "elimination", "hud", "vävnad", "aktivitet", "sömn", "smärta", "psykosocialt", "blodtryck",
            "saturation", "andningsfrekvens", "°c", "mmhg", "/min", "återbesök", "om", "i", "dagar", "vikt", "kg", "hba1c",
            "ca", "ggr", "pga", "bilateralt", "hö", "vä", "lätt", "telefonkontakt", "hör", "av", "vid", "sannolikt", "misstanke",
            "misstänkt", "gång", "sväljning", "miktion", "ansträngning", "uppresning", "framåtböjning", "vändning", "liggande",
            "sittande", "stående");

    /** Instructions during the examination and talk about the talk: never a note's content. */
    private static final Pattern COMMAND = Pattern.compile("^(?:andas (?:djupt|in|ut)|gapa|säg a+|titta (?:upp|hit)|"
            + "lägg dig|sätt dig|ta av|kan du (?:lägga|sätta|ta av|gapa|andas|böja|lyfta|titta)|får jag (?:lyssna|känna|titta)|"
            + "jag ska (?:bara )?(?:lyssna|känna|titta|tvätta|logga)|vänta|nu ska vi se|då ska vi se)\\b", Rewrite.FLAGS);

    SwedishWording() {
        super(CLEAN, PATIENT, RELATIVE, CLINICIAN, COMMAND, PHRASES);
    }

    @Override
    List<Rewrite> uncertainty(Role role) {
        return role == Role.CLINICIAN ? CLINICIAN_UNCERTAINTY : List.of();
    }

    @Override
    Optional<Likely> likely() {
        return Optional.of(new Likely(THINKS, UNCERTAIN, "sannolikt"));
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
        if (article.isEmpty() && SUPINE.matcher(m.group("what")).lookingAt()) {
            // "Har du kräkts?" – "Nej.": "Ej kräkts.", not "Ingen kräkts."
            return Optional.of("Ej " + what);
        }
        String none = article.equals("något") || article.equals("nåt") ? "Inget"
                : article.equals("några") || article.equals("nåra") ? "Inga" : "Ingen";
        return Optional.of(none + " " + what);
    }
}
