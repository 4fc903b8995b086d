package se.diktera.summarizer.composer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.engine.EngineException;
import se.diktera.core.engine.NoteDrafter;
import se.diktera.core.note.Fact;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.note.TranscriptSpan;
import se.diktera.core.problem.Problem;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.TranscriptLimits;
import se.diktera.core.transcript.Word;
import se.diktera.summarizer.drafting.NoteTemplate;
import se.diktera.summarizer.drafting.NoteTemplates;
import se.diktera.summarizer.facts.DistinctFacts;
import se.diktera.summarizer.facts.FactExtractor;
import se.diktera.summarizer.text.Utterance;
import se.diktera.summarizer.text.UtteranceSplitter;

/**
 * Composes a note a clinician would sign, stage by stage: speaker roles → content selection →
 * sections in context → clinical wording (questions and answers fused, fillers gone, third person
 * or no subject) → facts under their sections, never twice. Every statement carries the spans of
 * the utterances it rests on, and its words are theirs or the wording's fixed phrases.
 *
 * <p>Thread-safe: it holds only immutable state and thread-safe models.
 */
public final class NoteComposer implements NoteDrafter {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_YES_NO = Pattern.compile(
            "^(?:nej|nä|no|nope|ja|jo|yes|yeah|yep)[,.!]?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[,;:]+$");
    /** A condition to act on ("Vid feber, ...", "Om pat blir förvirrad, ...", "If the pain gets worse"), not a time ("Om 2 veckor"). */
    private static final Pattern CONDITION = Pattern.compile("(?:vid|om|if) (?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION_INSIDE = Pattern.compile("\\b(?:vid|om|if)\\b", Pattern.CASE_INSENSITIVE);
    /** What to do: "Ring 112", "Hör av sig direkt", "Ska söka akut", "Call us". */
    private static final Pattern ACTION = Pattern.compile("(?:^|(?<=, )(?:då |så )?)(?:ska |bör )?(?:ring|ringer|hör av sig|sök|"
            + "söker|söka|kom tillbaka|kommer tillbaka|kontakta|kontaktar|call|come back|seek|go to)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NONE = Set.of("ingen", "inget", "inga", "ej", "inte", "no", "not", "denies", "none");

    private final Map<String, ComposerModels> models;
    private final NoteTemplates templates;
    private final FactExtractor facts = new FactExtractor();

    public NoteComposer(Map<String, ComposerModels> modelsByLanguage, NoteTemplates templates) {
        this.models = Map.copyOf(modelsByLanguage);
        this.templates = templates;
    }

    /** What the composer decided for each utterance, for measuring its stages. */
    public record Trace(List<Utterance> utterances, List<Role> roles, double[] keep, Map<Integer, String> sections) {
    }

    @Override
    public DraftedNote draft(Transcript transcript, String templateId) throws EngineException {
        return compose(transcript, templateId, null);
    }

    /** As {@link #draft}, filling {@code trace} (when not null) with each stage's decisions. */
    public DraftedNote compose(Transcript transcript, String templateId, List<Trace> trace) throws EngineException {
        String id = templateId != null ? templateId : NoteTemplates.defaultFor(transcript.language());
        NoteTemplate template = templates.find(id).orElseThrow(() -> new EngineException(Problem.TEMPLATE_MISSING,
                "There is no note template '" + id + "'. Known templates: " + String.join(", ", templates.ids())));
        String language = transcript.language().substring(0, 2);
        ComposerModels m = Optional.ofNullable(models.get(language)).orElseThrow(() -> new EngineException(Problem.NOTE_MODEL_MISSING,
                "There is no note model for the language '" + transcript.language() + "'."));
        if (transcript.isEmpty()) {
            return empty(template, m, DraftedNote.EMPTY_TRANSCRIPT);
        }
        Optional<String> over = TranscriptLimits.exceeded(transcript);
        if (over.isPresent()) {
            throw new EngineException(Problem.TRANSCRIPT_OVER_LIMITS, "The transcript is larger than one consultation can be: "
                    + over.get() + ". It is kept, but not drafted as one note.");
        }
        ClinicalWording wording = ClinicalWording.forLanguage(language);
        ComposerFeatures features = new ComposerFeatures();
        List<Utterance> us = UtteranceSplitter.split(transcript);
        List<Role> roles = new SpeakerRoles(m.roles(), features).infer(us);
        double[] keep = new ContentSelector(m.selection(), features).probabilities(us, roles);
        Pronouns pronouns = Pronouns.detect(us, roles);

        List<Draft> drafts = statements(us, roles, keep, m.keepAt().forTranscript(us), wording, pronouns);
        List<String> sections = new SectionAssigner(m.sections(), m.transitions(), features)
                .assign(us, roles, drafts.stream().map(Draft::anchor).toList(), template);
        List<Fact> all = new ArrayList<>();
        Map<Fact, Integer> saidIn = new IdentityHashMap<>();
        for (FactExtractor.Said said : facts.extractAll(us, language)) {
            all.add(said.fact());
            saidIn.put(said.fact(), said.utterance());
        }
        // An allergy is written under Allergier whatever else its sentence says.
        Set<Integer> allergies = new HashSet<>();
        all.stream().filter(f -> f.kind() == Fact.Kind.ALLERGY).forEach(f -> allergies.add(saidIn.get(f)));
        Optional<String> allergySection = template.sectionForFact(Fact.Kind.ALLERGY);
        Map<Integer, String> placed = new LinkedHashMap<>();
        Map<String, List<Statement>> bySection = new LinkedHashMap<>();
        template.sections().forEach(s -> bySection.put(s.key(), new ArrayList<>()));
        Set<String> seen = new HashSet<>();
        Set<Integer> stated = new HashSet<>();
        String first = template.sections().get(0).key();
        Set<Integer> saidWhy = new HashSet<>();
        if (first.equals("cc") || first.equals("kontaktorsak")) {
            ChiefComplaint.find(us, roles, wording, language.equals("sv")).ifPresent(cc -> {
                seen.add(normalised(cc.text()));
                saidWhy.addAll(cc.utterances());
                bySection.get(first).add(Statement.drafted(cc.text(), spans(us, cc.utterances()), lowConfidence(us, cc.utterances())));
            });
        }
        for (int d = 0; d < drafts.size(); d++) {
            Draft draft = drafts.get(d);
            if (saidWhy.size() > 1 && saidWhy.containsAll(draft.sources())) {
                // Already in the reason for the visit, which joined these words ("... sedan 4 dagar").
                draft.sources().forEach(i -> placed.put(i, first));
                stated.addAll(draft.sources());
                continue;
            }
            String section = allergySection.isPresent() && draft.sources().stream().anyMatch(allergies::contains)
                    ? allergySection.get() : sections.get(d);
            draft.sources().forEach(i -> placed.put(i, section));
            if (seen.add(normalised(draft.text()))) {
                bySection.get(section).add(Statement.drafted(draft.text(), spans(us, draft.sources()), lowConfidence(us, draft.sources())));
            }
            stated.addAll(draft.sources());
        }
        List<Fact> found = DistinctFacts.of(all);
        // A fact said in a statement already stands in the note; one said elsewhere gets a line of
        // its own kind under the template's section for it (the vitals line, the medication list).
        Map<String, List<Fact>> factLines = new LinkedHashMap<>();
        Map<Fact, String> lines = new IdentityHashMap<>();
        for (Fact f : found) {
            Optional<NoteTemplate.Section> under = template.sectionForFact(f.kind())
                    .flatMap(k -> template.sections().stream().filter(s -> s.key().equals(k)).findFirst());
            if (stated.contains(saidIn.get(f)) || under.isEmpty()) {
                continue;
            }
            String line = capitalised(withoutEnd(onItsLine(f.text(), under.get().heading()).strip()));
            if (!alreadySaid(line, bySection.get(under.get().key()), wording.phrases())) {
                lines.put(f, line);
                factLines.computeIfAbsent(under.get().key() + "|" + f.kind(), k -> new ArrayList<>()).add(f);
            }
        }
        factLines.forEach((key, list) -> {
            String section = key.substring(0, key.indexOf('|'));
            String text = String.join(". ", list.stream().map(lines::get).toList()) + ".";
            if (seen.add(normalised(text))) {
                bySection.get(section).add(Statement.drafted(text, list.stream().flatMap(f -> f.evidence().stream()).toList(),
                        lowConfidence(us, list.stream().map(saidIn::get).distinct().toList())));
            }
        });
        if (trace != null) {
            trace.add(new Trace(us, roles, keep, placed));
        }
        if (bySection.values().stream().allMatch(List::isEmpty)) {
            return empty(template, m, DraftedNote.NOTHING_USABLE);
        }
        List<NoteSection> noteSections = template.sections().stream()
                .map(s -> new NoteSection(s.key(), s.heading(), bySection.get(s.key()))).toList();
        return new DraftedNote(template.id(), transcript.language(), noteSections, found, m.id(), List.of());
    }

    /**
     * A fact as its own line reads under a heading that already names it: "Allergi: björkpollen" under
     * Allergier is "björkpollen", "Inga kända allergier" is "Inga kända".
     */
    private static String onItsLine(String fact, String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        int colon = fact.indexOf(": ");
        if (colon > 0 && h.startsWith(fact.substring(0, colon).toLowerCase(Locale.ROOT))) {
            return fact.substring(colon + 2);
        }
        int last = fact.lastIndexOf(' ');
        return last > 0 && fact.substring(last + 1).toLowerCase(Locale.ROOT).equals(h) ? fact.substring(0, last) : fact;
    }

    /**
     * Whether a fact's line would repeat its section: one of the section's statements already has all
     * its words ("Oxynorm" in "Oxynorm fick med sig"), or the line is a fixed "none" ("Inga kända") and
     * a statement of the section already says none ("Inga allergier mot läkemedel").
     */
    private static boolean alreadySaid(String line, List<Statement> section, Set<String> phrases) {
        List<String> words = words(line);
        if (words.isEmpty()) {
            return true;
        }
        if (words.stream().allMatch(phrases::contains)) {
            return NONE.contains(words.get(0)) && section.stream().anyMatch(st -> words(st.text()).stream().anyMatch(NONE::contains));
        }
        return section.stream().anyMatch(st -> new HashSet<>(words(st.text())).containsAll(words));
    }

    /** A statement before its section: its text, the utterances it rests on, and the one whose section it takes. */
    private record Draft(String text, List<Integer> sources, int anchor) {
    }

    private static List<Draft> statements(List<Utterance> us, List<Role> roles, double[] keep, double keepAt,
            ClinicalWording wording, Pronouns pronouns) {
        List<Draft> drafts = new ArrayList<>();
        int i = 0;
        while (i < us.size()) {
            // A question put to "du"/"you" is the clinician's whatever the role model says, and a bare
            // yes or no after it is the answer.
            String text = us.get(i).text();
            boolean question = Questions.isQuestion(text) && (roles.get(i) == Role.CLINICIAN || Questions.addressesYou(text));
            boolean answered = question && i + 1 < us.size() && (roles.get(i + 1) != Role.CLINICIAN
                    || Questions.isBareNo(us.get(i + 1).text()) || Questions.isBareYes(us.get(i + 1).text()));
            Optional<String> fused = !answered ? Optional.empty() : Questions.isBareNo(us.get(i + 1).text())
                    ? wording.negated(text) : Questions.isBareYes(us.get(i + 1).text()) ? wording.affirmed(text) : Optional.empty();
            // A symptom asked about and answered yes or no is a pertinent finding: the clinician asked on purpose.
            boolean pertinent = fused.isPresent() && Questions.isSymptomTopic(fused.get());
            if (answered && (pertinent || keep[i] >= keepAt || keep[i + 1] >= keepAt)) {
                Utterance a = us.get(i + 1);
                int at = i + 1;
                if (fused.isPresent()) {
                    drafts.add(new Draft(sentence(fused.get()), List.of(i, at), at));
                } else {
                    Optional<String> answer = phrase(a, roles.get(at), wording, pronouns);
                    // "Röker du?" – "Nej, slutade för fem år sedan": the finding, then the rest of the answer.
                    Optional<String> finding = Questions.startsWithNo(a.text()) ? wording.negated(text)
                            : Questions.startsWithYes(a.text()) ? wording.affirmed(text) : Optional.empty();
                    Optional<String> topic = wording.topic(text);
                    if (answer.isPresent() && finding.isPresent() && mentions(answer.get(), finding.get())) {
                        // "Är du allergisk mot något?" – "Ja, mot penicillin": the answer says it all.
                        drafts.add(new Draft(sentence(LEADING_YES_NO.matcher(answer.get()).replaceFirst("")), List.of(i, at), at));
                    } else if (answer.isPresent() && finding.isPresent()) {
                        drafts.add(new Draft(join(finding.get(), answer.get()), List.of(i, at), at));
                    } else if (answer.isPresent() && topic.isPresent() && !mentions(answer.get(), topic.get())) {
                        drafts.add(new Draft(topic.get() + lowerFirst(answer.get()), List.of(i, at), at));
                    } else if (!Questions.isBareNo(a.text()) && !Questions.isBareYes(a.text())) {
                        // A bare yes or no whose question names no finding says nothing on its own.
                        answer.ifPresent(t -> drafts.add(new Draft(t, List.of(at), at)));
                    }
                }
                i += 2;
                continue;
            }
            if (!question && keep[i] >= keepAt) {
                int at = i;
                phrase(us.get(i), roles.get(i), wording, pronouns).ifPresent(t -> drafts.add(new Draft(t, List.of(at), at)));
            }
            i++;
        }
        return withTheirActions(drafts);
    }

    /**
     * A condition said on its own and the action said right after it are one instruction, as the journal
     * writes it: "Om pat blir förvirrad." + "Ring 112." → "Ring 112 om pat blir förvirrad.".
     */
    private static List<Draft> withTheirActions(List<Draft> drafts) {
        List<Draft> joined = new ArrayList<>();
        for (int d = 0; d < drafts.size(); d++) {
            Draft condition = drafts.get(d);
            Draft action = d + 1 < drafts.size() ? drafts.get(d + 1) : null;
            if (action != null && CONDITION.matcher(condition.text()).lookingAt() && !ACTION.matcher(condition.text()).find()
                    && ACTION.matcher(action.text()).lookingAt() && !CONDITION_INSIDE.matcher(action.text()).find()
                    && action.sources().get(0) - condition.sources().get(condition.sources().size() - 1) <= 1) {
                List<Integer> sources = new ArrayList<>(condition.sources());
                action.sources().stream().filter(x -> !sources.contains(x)).forEach(sources::add);
                joined.add(new Draft(sentence(withoutEnd(action.text()) + " " + lowerFirst(withoutEnd(condition.text()))),
                        sources, action.anchor()));
                d++;
            } else {
                joined.add(condition);
            }
        }
        return joined;
    }

    private static String withoutEnd(String sentence) {
        return sentence.replaceAll("[.,;:!]+$", "");
    }

    /** "Röker ej." and "Slutade för 5 år sedan." as one sentence. */
    private static String join(String finding, String rest) {
        String said = LEADING_YES_NO.matcher(rest).replaceFirst("");
        return sentence(finding.replaceAll("[.]+$", "") + ", " + lowerFirst(said));
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1) : s;
    }

    /** Whether the answer already names the question's topic. */
    private static boolean mentions(String answer, String topic) {
        String a = answer.toLowerCase(Locale.ROOT);
        return Arrays.stream(NON_WORD.split(topic.toLowerCase(Locale.ROOT))).filter(w -> w.length() > 3)
                .anyMatch(a::contains);
    }

    private static Optional<String> phrase(Utterance u, Role role, ClinicalWording wording, Pronouns pronouns) {
        String cleaned = wording.clean(u.text(), role);
        if (wording.isCommandOrTalk(cleaned)) {
            return Optional.empty();
        }
        String text = wording.withUncertainty(u.text(), role, wording.rephrase(cleaned, role, pronouns));
        long words = Arrays.stream(NON_WORD.split(text)).filter(w -> w.length() > 1).count();
        // Whether it asks is read from what was said: a journal sentence without its subject
        // ("Har 3 kuddar nu.", "Tar Alvedon.") opens as a question would.
        boolean asks = Questions.isQuestion(u.text()) || Questions.isQuestion(cleaned) && Questions.addressesYou(cleaned);
        return words < 2 || asks ? Optional.empty() : Optional.of(sentence(text));
    }

    private static List<TranscriptSpan> spans(List<Utterance> us, List<Integer> sources) {
        return sources.stream().map(i -> us.get(i).span()).toList();
    }

    private static boolean lowConfidence(List<Utterance> us, List<Integer> sources) {
        return sources.stream().anyMatch(i -> us.get(i).minConfidence() < Word.LOW_CONFIDENCE);
    }

    static String sentence(String text) {
        String s = capitalised(TRAILING.matcher(text.strip()).replaceAll(""));
        if (s.isEmpty()) {
            return s;
        }
        return ".!?%".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }

    /** The text with its first letter capital, when that capital reads back as the letter: "µg" stays "µg", not the Greek "Μg". */
    private static String capitalised(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return Character.toLowerCase(Character.toUpperCase(c)) == c ? Character.toUpperCase(c) + s.substring(1) : s;
    }

    /** The text's words, lower case. */
    private static List<String> words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toList();
    }

    private static String normalised(String text) {
        return NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static DraftedNote empty(NoteTemplate template, ComposerModels m, String message) {
        List<NoteSection> sections = template.sections().stream()
                .map(s -> new NoteSection(s.key(), s.heading(), List.of())).toList();
        return new DraftedNote(template.id(), template.language(), sections, List.of(), m.id(), List.of(message));
    }
}
