package se.diktera.summarizer.facts;

import java.util.regex.Pattern;

/**
 * A medicine named without being taken: advice to avoid it ("undvik Ipren och liknande", "Ipren och
 * Voltaren ska du undvika", "Bactrim ska hon inte ha", "inte tål Ipren"), what is said of anyone
 * taking it ("när man tar morfin"), one
 * that could be given but is not ("Normalt skulle jag ge Kåvepenin, men ..."), examples of a kind
 * ("värktabletter som Ipren eller Treo", "till exempel Propranolol") and one taken before and
 * stopped ("Jag hade Pulmicort förut men slutade").
 */
final class MentionedOnly {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Said before the name, in its sentence. */
    private static final Pattern BEFORE = Pattern.compile("\\b(?:undvik\\p{L}*|avstå\\p{L}* från|normalt (?:skulle|kan|brukar|ger) "
            + "(?:jag|man|vi)(?: ge)?|till exempel|t ?ex|typ|inte tål|tål inte|när man (?:tar|får)|(?:tabletter|värktabletter|mediciner|medicin|läkemedel|preparat) som)"
            + "\\b[^.?!]*$", FLAGS);
    /** Said around the name: "hade ... förut", "slutade med den för flera år sen". */
    private static final Pattern BEFORE_PAST = Pattern.compile("\\b(?:hade|tog|åt|använde)\\s+(?:\\p{L}+\\s+)?$", FLAGS);
    /** Said after the name, in its sentence: "... ska du undvika", "... ska hon inte ha". */
    private static final Pattern AFTER_AVOID = Pattern.compile("^[^.?!]{0,40}?\\bska (?:du|ni|hon|han|man) (?:undvika|inte ha|inte ta)\\b",
            FLAGS);
    private static final Pattern AFTER_PAST = Pattern.compile("^[^.?!]{0,20}\\bförut\\b", FLAGS);

    private MentionedOnly() {
    }

    private static String after40(String text, int end) {
        return text.substring(end, Math.min(text.length(), end + 60));
    }

    /** Whether the name at {@code [start, end)} of {@code text} is only mentioned, not a medicine the patient takes or gets. */
    static boolean at(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return BEFORE.matcher(before).find() || AFTER_AVOID.matcher(after40(text, end)).find() || BEFORE_PAST.matcher(before).find() && AFTER_PAST.matcher(after).find();
    }
}
