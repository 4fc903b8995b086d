package se.diktera.summarizer.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ACI-BENCH (Yim et al., Scientific Data 2023; CC BY 4.0): full doctor–patient encounters with
 * the note a scribe wrote. Only its training and validation splits are in the repository.
 */
public final class AciBench {

    public static final String TRAIN = "train.csv";
    public static final String VALID = "valid.csv";
    /** The validation encounters as a speech recogniser heard them: 15 of the 20 (the dictation-assistant ones have none). */
    public static final List<String> VALID_ASR = List.of("asr/valid_aci_asr.csv", "asr/valid_virtscribe_asr.csv");

    private static final Pattern TURN = Pattern.compile("^\\[(?<tag>[a-z_]+)\\]\\s*(?<text>.*)$");

    private AciBench() {
    }

    /** @param dataDir the folder holding {@code aci-bench/} */
    public static List<Encounter> read(Path dataDir, String file) throws IOException {
        Path csv = dataDir.resolve("aci-bench").resolve(file);
        List<Encounter> encounters = new ArrayList<>();
        for (Map<String, String> row : CsvRows.read(csv)) {
            String id = row.containsKey("encounter_id") ? row.get("encounter_id") : row.get("id");
            encounters.add(new Encounter(id, "en", "en-clinic", "office", turns(row.get("dialogue")), row.get("note"), List.of()));
        }
        return encounters;
    }

    static List<Encounter.Turn> turns(String dialogue) {
        List<Encounter.Turn> turns = new ArrayList<>();
        for (String line : dialogue.split("\\R")) {
            Matcher m = TURN.matcher(line.strip());
            if (m.matches() && !m.group("text").isBlank()) {
                turns.add(new Encounter.Turn(m.group("tag"), m.group("text").strip(), null));
            } else if (!line.isBlank() && !turns.isEmpty()) {
                Encounter.Turn last = turns.remove(turns.size() - 1);
                turns.add(new Encounter.Turn(last.speaker(), last.text() + " " + line.strip(), null));
            }
        }
        return turns;
    }
}
