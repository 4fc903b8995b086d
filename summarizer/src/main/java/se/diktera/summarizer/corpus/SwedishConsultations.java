package se.diktera.summarizer.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Swedish consultations the Diktera team wrote (CC0, no real patients), in
 * {@code data/sv-konsultationer/konsultationer/svNNN.txt} as its FORMAT.md describes: the dialogue
 * as spoken with each turn's speaker and note section, the reference note, and its facts.
 *
 * <p>Split by consultation: every third one ({@code sv003}, {@code sv006}, …) is held out.
 */
public final class SwedishConsultations {

    public static final String FOLDER = "sv-konsultationer/konsultationer";
    private static final Pattern TURN = Pattern.compile("^\\[(?<role>[a-zåäö]+)\\|(?<section>[a-zåäö-]+)\\]\\s*(?<text>.+)$");

    private SwedishConsultations() {
    }

    public static boolean isHeldOut(String id) {
        return Integer.parseInt(id.replaceAll("\\D", "")) % 3 == 0;
    }

    public static List<Encounter> read(Path dataDir) throws IOException {
        Path dir = dataDir.resolve(FOLDER);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "sv*.txt")) {
                ds.forEach(files::add);
            }
        }
        files.sort(null);
        List<Encounter> result = new ArrayList<>();
        for (Path f : files) {
            result.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return result;
    }

    public static List<Encounter> training(Path dataDir) throws IOException {
        return read(dataDir).stream().filter(e -> !isHeldOut(e.id())).toList();
    }

    public static List<Encounter> heldOut(Path dataDir) throws IOException {
        return read(dataDir).stream().filter(e -> isHeldOut(e.id())).toList();
    }

    /** One consultation from its file's text. */
    public static Encounter parse(String name, String text) throws IOException {
        String t = text.replace("\r\n", "\n");
        int dialogueAt = t.indexOf("\n---\n");
        int noteAt = t.indexOf("=== ANTECKNING\n");
        int factsAt = t.indexOf("=== FAKTA\n");
        if (dialogueAt < 0 || noteAt < dialogueAt || factsAt < noteAt) {
            throw new IOException(name + " is not a consultation file: it needs ---, === ANTECKNING and === FAKTA");
        }
        Map<String, String> meta = new HashMap<>();
        for (String line : t.substring(0, dialogueAt).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).replaceAll("#.*", "").strip());
            }
        }
        List<Encounter.Turn> turns = new ArrayList<>();
        for (String line : t.substring(dialogueAt + 5, noteAt).split("\n")) {
            Matcher m = TURN.matcher(line.strip());
            if (m.matches()) {
                turns.add(new Encounter.Turn(m.group("role"), m.group("text").strip(), m.group("section")));
            }
        }
        String note = t.substring(noteAt + "=== ANTECKNING\n".length(), factsAt).strip();
        List<String> facts = t.substring(factsAt + "=== FAKTA\n".length()).lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        return new Encounter(meta.getOrDefault("id", name.replace(".txt", "")), "sv", meta.getOrDefault("mall", "sv-journal"),
                meta.getOrDefault("kontakt", ""), turns, note, facts);
    }
}
