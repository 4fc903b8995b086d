package se.diktera.summarizer.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * MTS-Dialog (Ben Abacha et al., EACL 2023; CC BY 4.0): doctor–patient dialogue snippets, each
 * labelled with the note section a clinician wrote from it.
 */
public final class MtsDialog {

    public static final String TRAINING = "MTS-Dialog-TrainingSet.csv";
    public static final String VALIDATION = "MTS-Dialog-ValidationSet.csv";
    public static final String TEST_1 = "MTS-Dialog-TestSet-1-MEDIQA-Chat-2023.csv";
    public static final String TEST_2 = "MTS-Dialog-TestSet-2-MEDIQA-Sum-2023.csv";

    private MtsDialog() {
    }

    /** @param dataDir the folder holding {@code mts-dialog/} */
    public static List<LabelledText> read(Path dataDir, String file) throws IOException {
        Path csv = dataDir.resolve("mts-dialog").resolve(file);
        List<LabelledText> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(reader)) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                String dialogue = row.getOrDefault("dialogue", "");
                if (!dialogue.isBlank()) {
                    rows.add(new LabelledText(dialogue, row.get("section_header").strip(), file, row.get("ID")));
                }
            }
        }
        return rows;
    }
}
