package se.diktera.summarizer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Swedish consultation utterances written by the Diktera developers (not real patients), one per
 * line as {@code section<TAB>text}. Training only: it covers what the charts lack (medications,
 * allergies, spoken style) and is never used for testing.
 */
public final class OwnSwedishSet {

    public static final String RESOURCE = "/se/diktera/summarizer/training/sv-own-utterances.tsv";

    private OwnSwedishSet() {
    }

    public static List<LabelledText> read() throws IOException {
        List<LabelledText> rows = new ArrayList<>();
        try (InputStream in = OwnSwedishSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing");
            }
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IOException(RESOURCE + " line " + n + " has no tab");
                }
                rows.add(new LabelledText(line.substring(tab + 1).strip(), line.substring(0, tab).strip(), "diktera-own-sv", "own-" + n));
            }
        }
        return rows;
    }
}
