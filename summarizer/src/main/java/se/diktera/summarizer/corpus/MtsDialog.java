package se.diktera.summarizer.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

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
        CsvMapper mapper = new CsvMapper();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                List<Encounter.Turn> turns = new ArrayList<>();
                for (String line : row.getOrDefault("dialogue", "").split("\\R")) {
                    Matcher m = TURN.matcher(line);
                    if (m.matches() && !m.group("text").isBlank()) {
                        String who = m.group("who").toLowerCase(java.util.Locale.ROOT);
                        turns.add(new Encounter.Turn(who.equals("guest_clinician") ? "clinician" : who, m.group("text").strip(),
                                null));
                    }
                }
                if (!turns.isEmpty()) {
                    snippets.add(new Encounter("mts-" + row.get("ID"), "en", "en-clinic", "", turns,
                            row.getOrDefault("section_text", ""), List.of()));
                }
            }
        }
        return snippets;
    }
}
