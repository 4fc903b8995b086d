package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * How long something has gone on ("sedan tre dagar", "sedan i måndags", "for two weeks") and when
 * to meet again ("återbesök om två veckor", "follow up in one month").
 */
final class TimePattern implements FactPattern {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SV_UNIT = "(?:dagar|dag|dygn|veckor|vecka|månader|månad|år|timmar|timme)";
    private static final String EN_UNIT = "(?:days?|weeks?|months?|years?|hours?)";
    private static final String DAY = "(?:måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags|går|förrgår)";
    private static final String EN_DAY = "(?:yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)";

    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:sedan (?:ungefär |cirka |ca )?" + Phrases.COUNT + " " + SV_UNIT + "(?: tillbaka)?"
                    + "|sedan i " + DAY + "|i " + Phrases.COUNT + " " + SV_UNIT
                    + "|for (?:about |the (?:last|past) )?" + Phrases.COUNT + " " + EN_UNIT
                    + "|since " + EN_DAY + ")\\b", FLAGS);
    private static final String WHEN = "(?:(?:om|efter|inom) (?:ungefär |cirka )?" + Phrases.COUNT + " " + SV_UNIT
            + "|på (?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)|nästa vecka|i morgon|imorgon|i vår|i höst)";
    /** "jag ringer dig", "ringer vi upp er": the clinic calls the patient back, written "Telefonkontakt". */
    private static final String CALL_BACK = "(?:(?:jag|vi) ringer|ringer (?:jag|vi)) (?:upp )?(?:dig|er)\\b";
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "\\b(?:(?:återbesök|nytt besök|ny kontakt|telefonkontakt|telefontid|uppföljning|kontroll|ny kontroll|åter|vi ses|"
                    + "ses igen|vi hörs|ringer (?:jag|vi)|jag ringer|vi ringer|nytt prov|nya prover|ny provtagning|provtagning|"
                    + "nytt pk|kallas)(?: \\p{L}+){0,4} " + WHEN
                    + "|(?:läkarbesök|besök hos \\p{L}+|nytt läkarbesök)(?: \\p{L}+){0,2} " + WHEN
                    + "|" + CALL_BACK + "(?: igen)? när(?: [^\\s.?!,]+){1,6}"
                    // "remiss till fysioterapeuten", "remiss för allergivaccination"; never one received ("remiss hit",
                    // "remissen ligger", "en remiss efter minnesutredningen").
                    + "|(?<!\\bi )(?<!\\bfått )(?<!\\bfick )remiss(?:en)? (?!från\\b|att\\b|som\\b|hit\\b|dit\\b|efter\\b|ligger\\b)"
                    + "(?:till |för )?(?:(?:vår|min|en) )?(?:\\p{L}+)"
                    + "|(?:söka|söker|sök) (?:akut|vård|akuten|direkt)(?: direkt)?(?: (?:om|vid|ifall)(?: [^\\s.?!]+){1,10})?"
                    + "|(?:ringer (?:du|ni) |hör (?:du|ni) av (?:dig|er) )(?:till )?(?:oss|mig|mottagningen|vårdcentralen|hemsjukvården|112|1177)"
                    + "(?: direkt| igen| samma dag)?"
                    + "|hör av (?:dig|er|sig)(?: till (?:oss|mig|mottagningen|vårdcentralen))?(?: igen)? (?:om|vid|ifall|när)"
                    + "(?: [^\\s.?!]+){1,12}"
                    + "|ring (?:oss |mig |mottagningen |vårdcentralen |1177 |112 )?(?:om|vid|ifall|direkt om)(?: [^\\s.?!]+){1,12}"
                    + "|(?:follow[- ]?up|come back|see (?:you|her|him|them) (?:back|again)?|return|recheck)(?: \\p{L}+){0,3}"
                    + " in " + Phrases.COUNT + " " + EN_UNIT
                    + "|(?:call|contact) (?:me|us|the office|the clinic)(?: back)? if(?: [^\\s.?!]+){1,12})", FLAGS);

    @Override
    public List<Fact> find(Utterance u, boolean swedish) {
        List<Fact> facts = new ArrayList<>();
        add(facts, Fact.Kind.DURATION, DURATION.matcher(u.text()), u);
        add(facts, Fact.Kind.FOLLOW_UP, FOLLOW_UP.matcher(u.text()), u);
        return facts;
    }

    private static void add(List<Fact> facts, Fact.Kind kind, Matcher m, Utterance u) {
        while (m.find()) {
            String said = Phrases.lower(m.group()).replaceAll("[,;]+$", "");
            // The note speaks of the patient: "hör av dig" becomes "hör av sig".
            String text = Phrases.capitalise(kind == Fact.Kind.FOLLOW_UP ? said.replaceFirst("^" + CALL_BACK + "(?: igen)?", "telefonkontakt")
                    .replaceAll("\\bav (?:dig|er)\\b", "av sig")
                    .replaceFirst("^(?:jag|vi) ", "").replaceAll("^(ringer|hör) (?:du|ni) ", "$1 ")
                    .replaceAll("\\b(?:dig|du)\\b", "pat") : said);
            facts.add(new Fact(kind, text, Map.of("phrase", Phrases.lower(m.group())), List.of(u.span(m.start(), m.end()))));
        }
    }
}
