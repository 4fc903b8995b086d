package se.diktera.summarizer.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import se.diktera.summarizer.text.Utterance;

/**
 * Labels each utterance of an encounter with the note section its content went to, or
 * {@link #UNUSED}, by word overlap with the reference note's sentences: the training signal of the
 * content selector and the section model where a corpus (ACI-BENCH) does not label turns itself.
 */
public final class NoteAlignment {

    public static final String UNUSED = "-";
    /** At least this many content words shared with one note sentence ... */
    static final int MIN_SHARED = 2;
    /** ... making up at least this share of the utterance's content words. */
    static final double MIN_SHARE = 0.34;

    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "but", "so", "of", "to", "in", "on",
            "at", "for", "with", "is", "are", "was", "were", "be", "been", "being", "it", "its", "it's", "that", "this",
            "i", "you", "he", "she", "we", "they", "me", "my", "your", "her", "his", "our", "their", "them", "him", "um",
            "uh", "okay", "yeah", "yes", "no", "not", "do", "does", "did", "have", "has", "had", "just", "like", "know",
            "well", "right", "there", "what", "how", "any", "some", "about", "from", "as", "if", "then", "can", "will",
            "would", "going", "go", "get", "got", "all", "up", "out", "also", "very", "really", "mm", "hmm", "oh", "s", "t",
            "don't", "i'm", "i've", "that's", "let", "let's", "see", "good", "great", "sure", "alright", "one", "thing");

    private static final Set<String> SV_STOP = Set.of("och", "att", "det", "som", "en", "ett", "är", "av", "för", "på",
            "med", "till", "den", "har", "de", "inte", "om", "så", "var", "jag", "du", "han", "hon", "vi", "ni", "man",
            "men", "kan", "ska", "eller", "nu", "då", "här", "där", "också", "bara", "lite", "mycket", "ja", "nej", "eh",
            "öh", "liksom", "alltså", "typ", "okej", "bra", "mm", "jo", "va", "vad", "hur", "när", "vilken", "dig", "mig",
            "sig", "din", "min", "sin", "ju", "väl", "nog", "ha", "haft", "hade", "blir", "blev", "varit", "vara", "får",
            "fick", "gör", "göra", "gjorde", "säga", "sa", "tack", "hej", "precis", "aha", "asså", "ba", "dom", "dem",
            "någon", "något", "några", "nån", "nåt", "vill", "skulle", "kommer", "sen", "efter", "över", "under",
            "från", "in", "ut", "upp", "ner", "än", "mer", "lika", "samma", "andra", "annat", "allt", "alla", "helt");

    private NoteAlignment() {
    }

    public static List<String> label(List<Utterance> utterances, String note, String language) {
        return label(utterances, note, language, null);
    }

    /**
     * As {@link #label(List, String, String)}; where the corpus labelled each utterance's turn
     * ({@code turnSections}), an utterance is used only if its turn is and it shares words with
     * the note, and it takes its turn's section: a turn's small talk then stays out.
     */
    public static List<String> label(List<Utterance> utterances, String note, String language, List<String> turnSections) {
        boolean swedish = language.startsWith("sv");
        List<ReferenceNote.Sentence> sentences = ReferenceNote.sentences(note, language);
        List<Set<String>> sentenceWords = sentences.stream().map(s -> content(s.text(), swedish)).toList();
        List<String> labels = new ArrayList<>(utterances.size());
        for (int i = 0; i < utterances.size(); i++) {
            Utterance u = utterances.get(i);
            if (turnSections != null) {
                String turn = turnSections.get(i);
                labels.add(turn.equals(UNUSED) || !sharesWords(content(u.text(), swedish), sentenceWords) ? UNUSED : turn);
                continue;
            }
            Set<String> words = content(u.text(), swedish);
            String best = UNUSED;
            double bestScore = 0;
            for (int s = 0; s < sentences.size() && !words.isEmpty(); s++) {
                Set<String> shared = new HashSet<>(words);
                shared.retainAll(sentenceWords.get(s));
                double share = (double) shared.size() / words.size();
                if (shared.size() >= MIN_SHARED && share >= MIN_SHARE) {
                    double score = shared.size() / Math.sqrt((double) words.size() * sentenceWords.get(s).size());
                    if (score > bestScore) {
                        bestScore = score;
                        best = sentences.get(s).key();
                    }
                }
            }
            labels.add(best);
        }
        return labels;
    }

    private static boolean sharesWords(Set<String> words, List<Set<String>> sentences) {
        for (Set<String> s : sentences) {
            long shared = words.stream().filter(s::contains).count();
            if (shared >= 2 || shared == 1 && words.size() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** Content words, cut to their first five letters: "ondare" meets "ont" no better, but "halsen" meets "halsont". */
    public static Set<String> content(String text, boolean swedish) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (w.length() > 1 && !(swedish ? SV_STOP : STOP).contains(w) || w.matches("\\d+")) {
                words.add(w.length() > 5 && !w.matches("\\d+") ? w.substring(0, 5) : w);
            }
        }
        return words;
    }
}
