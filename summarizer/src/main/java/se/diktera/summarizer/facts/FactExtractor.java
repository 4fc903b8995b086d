package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/** Finds medications, vital signs, labs, scores, allergies, durations and follow-ups in an utterance. Thread-safe. */
public final class FactExtractor {

    /**
     * The words a fact's text may have that were not said: units, the names labs and scores are
     * written with ("långtidssocker" is written HbA1c), vital-sign labels and the change labels.
     */
    public static final Set<String> PHRASES = Set.of("mg", "g", "µg", "ml", "e", "mmhg", "%", "/min", "°c", "kg",
            "puffar", "hba1c", "crp", "hb", "pk/inr", "kreatinin", "kalium", "natrium", "p-glukos", "glukos", "ldl", "tsh", "ferritin",
            "nt-probnp", "urat", "egfr", "kolesterol", "leukocyter", "phq-9", "gad-7", "madrs", "audit", "mmse", "cat",
            "centor", "borg", "cr10", "tug", "downton", "norton", "mna", "pef", "gcs", "nrs", "bt", "temp", "puls", "sat", "af", "vikt",
            "blood", "pressure", "pulse", "temperature", "saturation", "respiratory", "rate", "weight", "ny", "ändrad",
            "utsatt", "new", "changed", "stopped", "allergi", "allergy", "1x1", "1x2", "1x3", "1x4", "vb", "i", "pat", "sig",
            "hör", "av", "söka", "inga", "kända", "allergier", "läkemedelsallergier", "no", "known", "allergies", "u-sticka", "pos", "neg", "strep", "a",
            "positivt", "negativt", "normalt", "leverprover", "njurvärden", "järnstatus", "pankreasamylas", "u-odling",
            "urinodling", "sårodling", "svalgodling", "blododling", "sputumodling", "nasofarynxodling", "skickad", "tagen", "beställt",
            "s", "st", "ggr", "sc", "dl", "uppresningstest", "tandemstående", "enbensstående", "greppkraft", "hö", "vä", "act",
            "telefonkontakt", "abi", "albuminuri", "u-albumin", "ekg", "fp-glukos", "fritt", "t4", "tpo-ak", "alat", "hdl", "triglycerider", "totalkolesterol", "mcv", "ck", "moca", "isi", "4at", "crb-65", "åter", "kontakt med", "kontakt med läkare", "ang.", "dr");

    private final List<FactPattern> patterns = List.of(new MedicationPattern(), new VitalSignPattern(),
            new AllergyPattern(), new PlannedFollowUps(), new ContactPlans(), new TimePattern(), new LabPattern(), new QualitativeLabPattern(), new OrderedTestPattern(),
            new ScorePattern());

    /**
     * The facts a question and its answer make together: "Är du allergisk mot något?" – "Nej, inte
     * vad jag vet." is "Inga kända allergier", resting on both.
     */
    public List<Fact> fromAnswer(Utterance question, Utterance answer, String language) {
        return AllergyAnswer.of(question, answer, language.startsWith("sv"));
    }

    /** A fact and the index of the utterance it was said in (the answer, for one a question and answer make). */
    public record Said(Fact fact, int utterance) {
    }

    /**
     * The facts of a conversation, durations left out: each utterance's own, those a question
     * and its answer make together, and the values said apart from their names.
     */
    public List<Said> extractAll(List<Utterance> us, String language) {
        List<Said> all = new ArrayList<>();
        for (int i = 0; i < us.size(); i++) {
            for (Fact f : extract(us.get(i), language)) {
                if (f.kind() != Fact.Kind.DURATION) {
                    all.add(new Said(f, i));
                }
            }
        }
        for (int i = 0; i + 1 < us.size(); i++) {
            int answer = i + 1;
            fromAnswer(us.get(i), us.get(answer), language).forEach(f -> all.add(new Said(f, answer)));
            PlannedFollowUps.acrossUtterances(us.get(i), us.get(answer), language).ifPresent(f -> {
                // The condition's own time ("... eller inte är bättre om 2 dygn," – "då ska ni söka") is part of it.
                int condition = answer - 1;
                all.removeIf(s -> (s.utterance() == answer || s.utterance() == condition) && s.fact().kind() == Fact.Kind.FOLLOW_UP
                        && overlap(s.fact(), f));
                all.add(new Said(f, answer));
            });
        }
        if (language.startsWith("sv")) {
            List<Said> noneToMedicines = AllergyAnswer.noneToMedicines(us);
            // Said to be none to medicines, the answer's "Nej." is that, not no allergies at all ("Nej. Jo, katt. Men inga mediciner.").
            all.removeIf(s -> s.fact().kind() == Fact.Kind.ALLERGY && s.fact().text().equals("Inga kända allergier")
                    && noneToMedicines.stream().anyMatch(n -> n.fact().evidence().get(0).equals(s.fact().evidence().get(0))));
            all.addAll(noneToMedicines);
        }
        all.addAll(CarriedValues.find(us, language.startsWith("sv")));
        all.addAll(FunctionalTests.find(us, language.startsWith("sv")));
        all.addAll(CarriedDoses.find(us, all, language.startsWith("sv")));
        all.sort(Comparator.comparingInt(Said::utterance));
        return EchoedPlans.drop(all);
    }

    private static boolean overlap(Fact a, Fact b) {
        return a.evidence().stream().anyMatch(x -> b.evidence().stream().anyMatch(y -> x.segmentId().equals(y.segmentId())
                && x.startMs() < y.endMs() && y.startMs() < x.endMs()));
    }

    public List<Fact> extract(Utterance utterance, String language) {
        boolean swedish = language.startsWith("sv");
        List<Fact> facts = new ArrayList<>();
        for (FactPattern p : patterns) {
            List<Fact> before = List.copyOf(facts);
            for (Fact f : p.find(utterance, swedish)) {
                // A plan found by two patterns ("återbesök om två veckor") is the first one's; two
                // plans one pattern found in a sentence ("ringer imorgon ... kommer på fredag") are two, and so is
                // whom to contact beside the time of a plan ("ringer dem på fredag ..., och sen pratar jag med doktorn").
                if (f.kind() != Fact.Kind.FOLLOW_UP || p.plansStandBesideOthers() || before.stream().noneMatch(o -> o.kind() == Fact.Kind.FOLLOW_UP
                        && overlap(o, f))) {
                    facts.add(f);
                }
            }
        }
        return facts;
    }
}
