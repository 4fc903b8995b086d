package se.diktera.summarizer.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * MTS-Dialog (Ben Abacha et al., EACL 2023; CC BY 4.0): short doctor–patient dialogue snippets
 * with speakers ({@code Doctor:}, {@code Patient:}, {@code Guest_family:}). Diktera learns speaker
 * roles from its training set; the snippets carry no full note, so nothing else is taken.
 */
public final class MtsDialog {

    public static final String TRAINING = "MTS-Dialog-TrainingSet.csv";
    private static final Pattern TURN = Pattern.compile("^\\s*(?<who>[A-Za-z_]+)\\s*:\\s*(?<text>.*)$");

    private MtsDialog() {
    }

    /** @param dataDir the folder holding {@code mts-dialog/} */
    public static List<Encounter> read(Path dataDir, String file) throws IOException {
        Path csv = dataDir.resolve("mts-dialog").resolve(file);
        List<Encounter> snippets = new ArrayList<>();
        for (Map<String, String> row : CsvRows.read(csv)) {
            List<Encounter.Turn> turns = new ArrayList<>();
            for (String line : row.getOrDefault("dialogue", "").split("\\R")) {
                Matcher m = TURN.matcher(line);
                if (m.matches() && !m.group("text").isBlank()) {
                    String who = m.group("who").toLowerCase(Locale.ROOT);
                    turns.add(new Encounter.Turn(who.equals("guest_clinician") ? "clinician" : who, m.group("text").strip(), null));
                }
            }
            if (!turns.isEmpty()) {
                snippets.add(new Encounter("mts-" + row.get("ID"), "en", "en-clinic", "", turns,
                        row.getOrDefault("section_text", ""), List.of()));
            }
        }
        return snippets;
    }
}
