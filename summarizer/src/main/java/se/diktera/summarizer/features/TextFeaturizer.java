package se.diktera.summarizer.features;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text into hashed features for the section models: word unigrams and bigrams and the
 * character 3- to 5-grams of each word (which carry Swedish compounds and inflections), each
 * hashed into one of {@value #BUCKETS} buckets, weighted 1 + log(count) and L2-normalised.
 *
 * <p>The same class runs at training and at inference, so the two cannot drift apart. Stateless
 * and thread-safe.
 */
public final class TextFeaturizer {

    /** 2^18 buckets: collisions stay rare for a vocabulary of tens of thousands. */
    public static final int BUCKETS = 1 << 18;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The features of {@code text}: bucket name ({@code "h123"}) to weight. */
    public Map<String, Double> features(String text) {
        return features(text, "h", 1.0, true);
    }

    /**
     * The features of {@code text} named {@code prefix + bucket}, scaled to length {@code weight}:
     * several texts (an utterance and its neighbours) can then share one feature vector.
     *
     * @param characters whether to add the words' character n-grams (off for context texts)
     */
    public Map<String, Double> features(String text, String prefix, double weight, boolean characters) {
        Map<Integer, Double> counts = new HashMap<>();
        List<String> tokens = tokens(text);
        String previous = "<s>";
        for (String token : tokens) {
            add(counts, "w:" + token);
            add(counts, "b:" + previous + "_" + token);
            if (characters) {
                String padded = "<" + token + ">";
                for (int n = 3; n <= 5; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        add(counts, "c:" + padded.substring(i, i + n));
                    }
                }
            }
            previous = token;
        }
        double norm = 0;
        Map<String, Double> features = new HashMap<>(counts.size() * 2);
        for (Map.Entry<Integer, Double> e : counts.entrySet()) {
            double w = 1 + Math.log(e.getValue());
            features.put(prefix + e.getKey(), w);
            norm += w * w;
        }
        double scale = norm == 0 ? 0 : weight / Math.sqrt(norm);
        features.replaceAll((k, v) -> v * scale);
        return features;
    }

    public static String name(int bucket) {
        return "h" + bucket;
    }

    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(folded);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(Map<Integer, Double> counts, String feature) {
        counts.merge(bucket(feature), 1.0, Double::sum);
    }

    /** FNV-1a over UTF-8: stable across JVMs and releases, unlike any hashCode we do not own. */
    static int bucket(String feature) {
        int h = 0x811c9dc5;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return Math.floorMod(h, BUCKETS);
    }
}
