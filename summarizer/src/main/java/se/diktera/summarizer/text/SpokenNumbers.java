package se.diktera.summarizer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes spoken numbers as digits, in Swedish and English: "hundratrettiofyra" and "one hundred
 * and thirty four" become 134, "trettioåtta komma två" 38,2 and "thirty eight point two" 38.2.
 * Swedish "en"/"ett" and English "a" stay words: they are articles far more often than numbers.
 */
public final class SpokenNumbers {

    private static final Map<String, Integer> SV = Map.ofEntries(
            Map.entry("noll", 0), Map.entry("ett", 1), Map.entry("en", 1), Map.entry("två", 2), Map.entry("tre", 3),
            Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6), Map.entry("sju", 7), Map.entry("åtta", 8),
            Map.entry("nio", 9), Map.entry("tio", 10), Map.entry("elva", 11), Map.entry("tolv", 12),
            Map.entry("tretton", 13), Map.entry("fjorton", 14), Map.entry("femton", 15), Map.entry("sexton", 16),
            Map.entry("sjutton", 17), Map.entry("arton", 18), Map.entry("nitton", 19), Map.entry("tjugo", 20),
            Map.entry("trettio", 30), Map.entry("fyrtio", 40), Map.entry("femtio", 50), Map.entry("sextio", 60),
            Map.entry("sjuttio", 70), Map.entry("åttio", 80), Map.entry("nittio", 90), Map.entry("hundra", 100),
            Map.entry("tusen", 1000));
    private static final Map<String, Integer> EN = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000));

    private SpokenNumbers() {
    }

    /** The words as tokens, with runs of number words joined into one digit token. */
    public static List<Token> normalize(List<String> words, String language) {
        boolean swedish = language.startsWith("sv");
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int start = i;
            Optional<String> phone = swedish ? phoneNumber(words, i) : Optional.empty();
            if (phone.isPresent()) {
                int end = i + phone.get().split(" ").length - 1;
                tokens.add(new Token(PHONE_NUMBERS.get(phone.get()) + trailingPunctuation(words.get(end)), i, end));
                i = end + 1;
                continue;
            }
            Optional<Integer> digit = swedish ? digitNoun(words.get(i)) : Optional.empty();
            if (digit.isPresent()) {
                tokens.add(new Token(digit.get() + trailingPunctuation(words.get(i)), i, i));
                i++;
                continue;
            }
            List<Integer> parts = new ArrayList<>();
            while (i < words.size()) {
                String w = words.get(i).toLowerCase(Locale.ROOT);
                if (!swedish && w.equals("and") && !parts.isEmpty() && i + 1 < words.size()
                        && value(words.get(i + 1), false).isPresent() && parts.get(parts.size() - 1) % 100 == 0) {
                    i++;
                    continue;
                }
                Optional<Integer> v = value(w, swedish);
                if (v.isEmpty() || (isArticle(w, swedish) && parts.isEmpty() && !startsCompound(words, i, swedish))
                        || (!parts.isEmpty() && !canFollow(parts.get(parts.size() - 1), v.get()))
                        || (swedish && !parts.isEmpty() && countsOnItsOwn(parts.get(parts.size() - 1), words, i))) {
                    break;
                }
                parts.add(v.get());
                i++;
                if (endsWithPunctuation(w)) {
                    break;
                }
            }
            if (parts.isEmpty()) {
                tokens.add(new Token(words.get(i), i, i));
                i++;
                continue;
            }
            String number = String.valueOf(combine(parts));
            int end = i - 1;
            String decimalWord = swedish ? "komma" : "point";
            if (i + 1 < words.size() && words.get(i).equalsIgnoreCase(decimalWord)) {
                Optional<Integer> decimal = value(words.get(i + 1).toLowerCase(Locale.ROOT), swedish);
                if (decimal.isPresent() && decimal.get() < 10) {
                    number = number + (swedish ? "," : ".") + decimal.get();
                    end = i + 1;
                    i += 2;
                }
            } else if (swedish && i + 2 < words.size() && words.get(i).equalsIgnoreCase("och")
                    && (words.get(i + 1).equalsIgnoreCase("en") || words.get(i + 1).equalsIgnoreCase("ett"))
                    && words.get(i + 2).toLowerCase(Locale.ROOT).startsWith("halv")
                    && trailingPunctuation(words.get(i - 1)).isEmpty()) {
                // "trettioåtta och en halv" is 38,5, "sjuttioåtta och ett halvt" 78,5.
                number = number + ",5";
                end = i + 2;
                i += 3;
            }
            tokens.add(new Token(number + trailingPunctuation(words.get(end)), start, end));
        }
        return tokens;
    }

    /** A digit said as a noun, as people rate things: "en trea", "kanske en sexa" (a grade, a rating). */
    private static final Map<String, Integer> DIGIT_NOUNS = Map.of("etta", 1, "tvåa", 2, "trea", 3, "femma", 5,
            "sexa", 6, "sjua", 7, "nia", 9, "tia", 10);

    private static Optional<Integer> digitNoun(String word) {
        return Optional.ofNullable(DIGIT_NOUNS.get(word.toLowerCase(Locale.ROOT).replaceAll("[.,!?;:]+$", "")));
    }

    /** The numbers said digit by digit or in pairs that are known by heart: "ett ett två" is 112. */
    private static final Map<String, String> PHONE_NUMBERS = Map.of("ett ett två", "112", "elva sjuttiosju", "1177",
            "ett ett sju sju", "1177", "ett ett sjuttiosju", "1177");

    private static Optional<String> phoneNumber(List<String> words, int at) {
        for (String said : PHONE_NUMBERS.keySet()) {
            String[] parts = said.split(" ");
            if (at + parts.length > words.size()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < parts.length && same; k++) {
                String w = words.get(at + k).toLowerCase(Locale.ROOT);
                same = (k == parts.length - 1 ? w.replaceAll("[.,!?;:]+$", "") : w).equals(parts[k]);
            }
            if (same) {
                return Optional.of(said);
            }
        }
        return Optional.empty();
    }

    /** Whether spoken {@code next} continues the number ending in {@code previous}: "tjugo fyra" yes, "fyra sexton" no. */
    private static boolean canFollow(int previous, int next) {
        if (next == 100 || next == 1000) {
            return previous < next;
        }
        if (previous >= 1000 && previous % 1000 == 0) {
            return next < 1000;
        }
        if (previous >= 100 && previous % 100 == 0) {
            return next < 100;
        }
        return previous >= 20 && previous < 100 && previous % 10 == 0 && next < 10;
    }

    /** Words after which a small number counts something of its own: "femhundra tre gånger" is 500, then "tre gånger". */
    private static final Set<String> COUNTS = Set.of("gång", "gånger", "ggr", "dagar", "dygn", "veckor", "månader",
            "stycken", "tabletter", "kapslar");

    /**
     * Whether the word at {@code i} is a number of its own although it could continue a round hundred before it:
     * a digit right before a count ("femhundra tre gånger om dagen").
     */
    private static boolean countsOnItsOwn(int previous, List<String> words, int i) {
        if (previous < 100 || previous % 100 != 0 || i + 1 >= words.size()) {
            return false;
        }
        Optional<Integer> v = value(words.get(i), true);
        String after = words.get(i + 1).toLowerCase(Locale.ROOT).replaceAll("[.,!?;:]+$", "");
        return v.isPresent() && v.get() < 10 && COUNTS.contains(after);
    }

    private static boolean endsWithPunctuation(String word) {
        return !trailingPunctuation(word).isEmpty();
    }

    private static String trailingPunctuation(String word) {
        int end = word.length();
        while (end > 0 && ".,!?;:".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(end);
    }

    private static boolean isArticle(String w, boolean swedish) {
        return swedish ? w.equals("en") || w.equals("ett") : false;
    }

    /** Units after which "en"/"ett" is a count: "ett gram", "en tablett", "en gång". */
    private static final Set<String> COUNTED = Set.of("gram", "milligram", "mikrogram", "milliliter",
            "tablett", "kapsel", "gång", "puff", "dos", "droppe", "vecka", "månad", "dygn", "timme", "liter", "kilo",
            "procent", "enhet", "år", "dag", "komma", "plus", "deciliter");

    /**
     * "en" or "ett" counts as a number only right before "hundra" or "tusen" ("ett hundra"), or
     * before a unit or a decimal comma ("ett gram", "en tablett", "ett komma fem").
     */
    private static boolean startsCompound(List<String> words, int i, boolean swedish) {
        if (i + 1 >= words.size()) {
            return false;
        }
        String after = words.get(i + 1).toLowerCase(Locale.ROOT).replaceAll("[.,!?;:]+$", "");
        if (swedish && COUNTED.contains(after)) {
            return true;
        }
        Optional<Integer> next = value(after, swedish);
        return next.isPresent() && next.get() >= 100;
    }

    /** A number word's value; digits pass through; Swedish compounds ("hundratrettiofyra") are read whole. */
    static Optional<Integer> value(String word, boolean swedish) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[.,!?;:]+$", "");
        if (w.matches("\\d{1,6}")) {
            return Optional.of(Integer.parseInt(w));
        }
        Map<String, Integer> table = swedish ? SV : EN;
        Integer direct = table.get(w);
        if (direct != null) {
            return Optional.of(direct);
        }
        return swedish ? compound(w) : Optional.empty();
    }

    /** Reads a Swedish compound such as "trettiofyra" or "etthundrafemtio" morpheme by morpheme. */
    private static Optional<Integer> compound(String w) {
        List<Integer> parts = new ArrayList<>();
        int pos = 0;
        while (pos < w.length()) {
            String best = null;
            for (String m : SV.keySet()) {
                if (w.startsWith(m, pos) && (best == null || m.length() > best.length())) {
                    best = m;
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            parts.add(SV.get(best));
            pos += best.length();
        }
        return parts.size() < 2 ? Optional.empty() : Optional.of(combine(parts));
    }

    /** 100 and 1000 multiply what stands before them; everything else adds. */
    private static int combine(List<Integer> parts) {
        int total = 0;
        int current = 0;
        for (int p : parts) {
            if (p == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (p == 1000) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else {
                current += p;
            }
        }
        return total + current;
    }
}
