package se.diktera.summarizer.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 of a draft against a reference note, on lower-cased tokens
 * ({@code [a-z0-9]+} for English as ACI-BENCH scores it; letters with å, ä, ö and digits for Swedish).
 * No stemming, no stop-word removal: what ACI-BENCH's published figures use, as far as tokens go.
 */
public final class Rouge {

    public record Scores(double rouge1, double rouge2, double rougeL) {
    }

    private static final Pattern EN = Pattern.compile("[a-z0-9]+");
    private static final Pattern SV = Pattern.compile("[a-z0-9åäöéü]+");

    private Rouge() {
    }

    public static List<String> tokens(String text, String language) {
        Matcher m = (language.startsWith("sv") ? SV : EN).matcher(text.toLowerCase(Locale.ROOT));
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    public static Scores score(String draft, String reference, String language) {
        List<String> d = tokens(draft, language);
        List<String> r = tokens(reference, language);
        return new Scores(ngramF1(d, r, 1), ngramF1(d, r, 2), lcsF1(d, r));
    }

    static double ngramF1(List<String> d, List<String> r, int n) {
        Map<String, Integer> dc = ngrams(d, n);
        Map<String, Integer> rc = ngrams(r, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : dc.entrySet()) {
            overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
        }
        int dn = Math.max(0, d.size() - n + 1);
        int rn = Math.max(0, r.size() - n + 1);
        return f1(overlap, dn, rn);
    }

    static double lcsF1(List<String> d, List<String> r) {
        int[] prev = new int[r.size() + 1];
        int[] cur = new int[r.size() + 1];
        for (String dt : d) {
            for (int j = 1; j <= r.size(); j++) {
                cur[j] = dt.equals(r.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return f1(prev[r.size()], d.size(), r.size());
    }

    private static double f1(int overlap, int draftCount, int referenceCount) {
        if (overlap == 0 || draftCount == 0 || referenceCount == 0) {
            return 0;
        }
        double p = (double) overlap / draftCount;
        double rec = (double) overlap / referenceCount;
        return 2 * p * rec / (p + rec);
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }
}
