package se.diktera.summarizer.composer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.corpus.AciBench;
import se.diktera.summarizer.corpus.Encounter;
import se.diktera.summarizer.corpus.EncounterTranscripts;
import se.diktera.summarizer.corpus.SwedishConsultations;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.text.SpokenNumbers;
import se.diktera.summarizer.text.Token;

/**
 * The composer invents nothing: on every held-out encounter, in every form, each word of each
 * drafted statement was said in the stretch of speech the statement points at, or is one of the
 * language's fixed phrases (a unit, "Denies", "Ingen", a heading word), or is a said word with an
 * inflection ("feel" → "feels").
 */
class NothingInventedTest {

    private static final Path DATA = Path.of(System.getProperty("diktera.training.data", "../data"));
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    static ComposerModels sv;
    static ComposerModels en;
    static NoteComposer composer;

    @BeforeAll
    static void load() throws Exception {
        sv = ComposerModels.bundled("sv");
        en = ComposerModels.bundled("en");
        composer = new NoteComposer(Map.of("sv", sv, "en", en), NoteTemplates.builtIn());
    }

    @AfterAll
    static void close() {
        sv.close();
        en.close();
    }

    @Test
    void everyWordOfEveryHeldOutDraftWasSaidOrIsAFixedPhrase() throws Exception {
        List<String> invented = new ArrayList<>();
        int statements = 0;
        List<Encounter> aci = AciBench.read(DATA, AciBench.VALID);
        List<Encounter> asr = new ArrayList<>();
        for (String f : AciBench.VALID_ASR) {
            asr.addAll(AciBench.read(DATA, f));
        }
        List<Encounter> swedish = SwedishConsultations.heldOut(DATA);
        assertThat(swedish).hasSizeGreaterThanOrEqualTo(20);
        for (var set : List.<Map.Entry<List<Encounter>, Function<Encounter, Transcript>>>of(
                Map.entry(aci, EncounterTranscripts::asWritten), Map.entry(asr, EncounterTranscripts::asWritten),
                Map.entry(swedish, EncounterTranscripts::asWritten), Map.entry(swedish, EncounterTranscripts::recogniserLike))) {
            for (Encounter e : set.getKey()) {
                Transcript t = set.getValue().apply(e);
                DraftedNote note = composer.draft(t, e.template());
                Set<String> phrases = ClinicalWording.forLanguage(e.language()).phrases();
                for (Statement s : note.sections().stream().flatMap(x -> x.statements().stream()).toList()) {
                    statements++;
                    Set<String> said = said(t, s.evidence());
                    for (String w : words(withoutPhrases(s.text(), phrases))) {
                        if (!phrases.contains(w) && !said.contains(w) && said.stream().noneMatch(x -> inflected(w, x))) {
                            invented.add(e.id() + ": '" + w + "' in \"" + s.text() + "\"");
                        }
                    }
                }
            }
        }
        assertThat(statements).isGreaterThan(500);
        assertThat(invented).isEmpty();
    }

    /** The words said within the spans, as the composer reads them (spoken numbers as digits). */
    private static Set<String> said(Transcript t, List<TranscriptSpan> spans) {
        Set<String> said = new HashSet<>();
        for (TranscriptSpan span : spans) {
            Segment seg = t.segment(span.segmentId()).orElseThrow();
            List<Word> inside = seg.words().stream().filter(w -> w.startMs() >= span.startMs() && w.endMs() <= span.endMs())
                    .toList();
            for (Token token : SpokenNumbers.normalize(inside.stream().map(Word::text).toList(), t.language())) {
                said.addAll(words(token.text()));
            }
        }
        return said;
    }

    private static String withoutPhrases(String text, Set<String> phrases) {
        String s = text.toLowerCase(Locale.ROOT);
        for (String p : phrases.stream().filter(p -> !WORD.matcher(p).matches()).sorted(Comparator.comparing(String::length)
                .reversed()).toList()) {
            s = s.replace(p, " ");
        }
        return s;
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).toList();
    }

    /** "feels" from "feel", "tries" from "try", "doesn" from "does". */
    private static boolean inflected(String written, String said) {
        if (said.length() < 3) {
            return false;
        }
        return written.startsWith(said) && written.length() - said.length() <= 2
                || said.startsWith(written) && said.length() - written.length() <= 2 && written.length() >= 3
                || said.endsWith("y") && written.equals(said.substring(0, said.length() - 1) + "ies");
    }
}
