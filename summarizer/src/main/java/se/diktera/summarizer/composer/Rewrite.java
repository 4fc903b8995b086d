package se.diktera.summarizer.composer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One ordered text rewrite: a pattern and its replacement, with {S} {O} {P} {R} for the patient's pronouns. */
record Rewrite(Pattern pattern, String replacement) {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static Rewrite of(String regex, String replacement) {
        return new Rewrite(Pattern.compile(regex, FLAGS), replacement);
    }

    static String applyAll(List<Rewrite> rules, String text, Pronouns p) {
        String s = text;
        for (Rewrite r : rules) {
            String replacement = r.replacement().replace("{S}", p.subject()).replace("{O}", p.object())
                    .replace("{P}", p.possessive()).replace("{R}", p.reflexive());
            s = r.pattern().matcher(s).replaceAll(Matcher.quoteReplacement(replacement).replace("\\$", "$"));
        }
        return tidy(s);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE = Pattern.compile("\\s+([,.?!;:%])");
    private static final Pattern DOUBLED = Pattern.compile("([,;])(?:\\s*[,;])+");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:.-]+|[\\s,;:-]+$");

    /** Single spaces, no space before punctuation, no doubled or leading commas. */
    static String tidy(String s) {
        String t = SPACES.matcher(s).replaceAll(" ");
        t = SPACE_BEFORE.matcher(t).replaceAll("$1");
        t = DOUBLED.matcher(t).replaceAll("$1");
        return EDGES.matcher(t).replaceAll("").strip();
    }
}
