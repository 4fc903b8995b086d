package se.diktera.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;

/**
 * Transcript and draft files come from outside (another device, a script, an editor): whatever
 * they hold, reading one gives the document or a {@link DocumentFormatException}, never another
 * exception. The inputs are a real transcript cut, spliced and with characters changed, and text
 * that is no JSON at all.
 */
class DocumentReadingProperties {

    private static final DikteraJson JSON = new DikteraJson();
    private static final String TRANSCRIPT = JSON.write("transcript", new Transcript("sv", "vosk-model-small-sv-rhasspy-0.15", List.of(
            new Segment("s1", List.of(new Word("ont", 0, 300, 0.9), new Word("i", 300, 400, 0.8), new Word("halsen", 400, 900, 0.95)),
                    "patient"),
            new Segment("s2", List.of(new Word("sedan", 1200, 1500, 0.9), new Word("fyra", 1500, 1800, 0.7),
                    new Word("dagar", 1800, 2200, 0.9)), null))));

    @Property
    void aDamagedTranscriptIsADocumentFormatException(@ForAll("damagedTranscripts") String text) {
        readsOrIsRefused(text, "transcript", Transcript.class);
    }

    @Property
    void aDamagedDraftIsADocumentFormatException(@ForAll("damagedTranscripts") String text) {
        readsOrIsRefused(text.replace("\"transcript\"", "\"draft\""), "draft", DraftedNote.class);
    }

    private static void readsOrIsRefused(String text, String kind, Class<?> type) {
        try {
            assertThat(JSON.read(text, kind, type)).isNotNull();
        } catch (DocumentFormatException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> damagedTranscripts() {
        Arbitrary<String> cut = Arbitraries.integers().between(0, TRANSCRIPT.length()).map(n -> TRANSCRIPT.substring(0, n));
        Arbitrary<String> changed = Arbitraries.integers().between(0, TRANSCRIPT.length() - 1)
                .flatMap(at -> Arbitraries.chars().with("{}[]\",:0123456789.eE-+ntfalsu\\".toCharArray()).map(c ->
                        TRANSCRIPT.substring(0, at) + c + TRANSCRIPT.substring(at + 1)));
        Arbitrary<String> spliced = Arbitraries.integers().between(0, TRANSCRIPT.length()).list().ofSize(2)
                .map(ab -> TRANSCRIPT.substring(0, Math.min(ab.get(0), ab.get(1))) + TRANSCRIPT.substring(Math.max(ab.get(0), ab.get(1))));
        Arbitrary<String> numbers = Arbitraries.of("-1", "1e400", "99999999999999999999", "null", "\"x\"", "[]", "{}", "true")
                .flatMap(v -> Arbitraries.of("0", "300", "0.9", "\"s1\"", "\"ont\"", "1").map(old -> TRANSCRIPT.replaceFirst(
                        Pattern.quote(old), Matcher.quoteReplacement(v))));
        return Arbitraries.oneOf(cut, changed, spliced, numbers, Arbitraries.strings().all().ofMaxLength(200));
    }
}
