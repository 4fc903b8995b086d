package se.diktera.summarizer.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.diktera.core.note.Fact;
import se.diktera.summarizer.text.Utterance;

/**
 * Doses said in the sentences after the drug was named, by the same speaker: "... blir det
 * Doxyferm istället." – "Du tar 2 tabletter, alltså 200 mg, 1 gång om dagen i 3 dagar," – "och
 * sen 1 tablett, 100 mg, ..." are Doxyferm 200 mg and, as the next step, Doxyferm 100 mg; "ge
 * morfin i nålen." – "5 mg vid behov." is Morfin 5 mg sc vb. Only when the sentence before named
 * exactly one drug, without a dose, and the sentence itself names none; the drug stays the topic
 * while sentence after sentence gives its doses.
 */
final class CarriedDoses {

    private CarriedDoses() {
    }

    static List<FactExtractor.Said> find(List<Utterance> us, List<FactExtractor.Said> said, boolean swedish) {
        List<FactExtractor.Said> found = new ArrayList<>();
        Fact topic = null;
        boolean subcutaneous = false;
        int doses = 0;
        for (int i = 0; i < us.size(); i++) {
            int at = i;
            List<Fact> named = said.stream().filter(s -> s.utterance() == at && s.fact().kind() == Fact.Kind.MEDICATION)
                    .map(FactExtractor.Said::fact).toList();
            if (!named.isEmpty()) {
                Fact only = named.get(0);
                boolean bare = named.size() == 1 && !only.attributes().containsKey("dose") && !only.evidence().isEmpty();
                topic = bare ? only : null;
                subcutaneous = bare && MedicationPattern.givenSubcutaneously(us.get(i).text(), only.evidence().get(0), us.get(i));
                doses = 0;
                continue;
            }
            if (topic == null || !Objects.equals(us.get(i).speaker(), us.get(i - 1).speaker())) {
                topic = null;
                continue;
            }
            List<Fact> carried = MedicationPattern.carriedDoses(us.get(i), topic.attributes().get("name"),
                    topic.evidence().get(0), subcutaneous, doses > 0, swedish);
            if (carried.isEmpty()) {
                topic = null;
                continue;
            }
            doses += carried.size();
            carried.forEach(f -> found.add(new FactExtractor.Said(f, at)));
        }
        return found;
    }
}
