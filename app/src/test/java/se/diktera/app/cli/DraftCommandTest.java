package se.diktera.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.DraftedNote;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.transcript.Segment;
import se.diktera.core.transcript.Transcript;
import se.diktera.core.transcript.TranscriptLimits;
import se.diktera.core.transcript.Word;

class DraftCommandTest {

    @TempDir
    Path dir;
    private final DikteraJson json = new DikteraJson();

    private Path transcript(String language, String... lines) throws Exception {
        List<Segment> segments = new ArrayList<>();
        long t = 0;
        for (int i = 0; i < lines.length; i++) {
            List<Word> words = new ArrayList<>();
            for (String w : lines[i].split(" ")) {
                words.add(new Word(w, t, t + 400, 0.9));
                t += 500;
            }
            segments.add(new Segment("s" + (i + 1), words, null));
        }
        return Files.writeString(dir.resolve("t.json"), json.write("transcript", new Transcript(language, "m", segments)));
    }

    @Test
    void markdownShowsSwedishHeadingsAndWhereEachLineCameFrom() throws Exception {
        Path file = transcript("sv", "har du haft feber", "nej", "jag är allergisk mot penicillin");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "draft", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("## ", "- Ingen feber. [s1 0:00][s2 0:02]", "penicillin");
    }

    @Test
    void jsonIsADraftDocumentWithFacts() throws Exception {
        Path file = transcript("en", "she takes amoxicillin five hundred milligrams three times a day");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "draft", "--format", "json", "--template", "en-hp", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        DraftedNote note = json.read(run.out(), "draft", DraftedNote.class);
        assertThat(note.templateId()).isEqualTo("en-hp");
        assertThat(note.facts()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("Amoxicillin 500 mg 3 times a day"));
    }

    @Test
    void anEmptyTranscriptSaysSoInTheUsersLanguage() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.json"), json.write("transcript", new Transcript("sv", "m", List.of())));

        CliRun run = CliRun.of("--data-dir", dir.toString(), "--lang", "sv", "draft", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Transkriptet är tomt");
    }

    @Test
    void aTranscriptFileLargerThanAnyConsultationIsNotRead() throws Exception {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(TranscriptLimits.MAX_FILE_BYTES + 1);
        }

        CliRun run = CliRun.of("--data-dir", dir.toString(), "draft", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'huge.json' is 32 MB, more than any consultation's transcript").doesNotContain("\tat ");
    }

    @Test
    void somethingThatIsNotATranscriptIsOneClearError() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "draft", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'notes.json' is not a Diktera transcript", "diktera transcribe").doesNotContain("\tat ");
    }

    @Test
    void aNoteModelTheRegionSuppliesReplacesTheBuiltInOneWithoutCodeChanges() throws Exception {
        // A "region" model: the built-in Swedish one, copied out of the jar into a folder.
        Path supplied = Files.createDirectories(dir.resolve("region-sv-note"));
        for (String f : List.of("model.onnx", "features.txt", "labels.txt")) {
            try (var in = getClass().getResourceAsStream("/se/diktera/summarizer/models/diktera-composer-sections-sv/" + f)) {
                Files.copy(in, supplied.resolve(f));
            }
        }
        CliRun imported = CliRun.of("--data-dir", dir.toString(), "models", "import", supplied.toString(), "--lang", "sv",
                "--kind", "note", "--id", "region-sv-note-1");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        Path file = transcript("sv", "jag är allergisk mot penicillin");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "draft", "--format", "json", file.toString());

        assertThat(json.read(run.out(), "draft", DraftedNote.class).modelId()).isEqualTo("region-sv-note-1");
    }

    @Test
    void anIncompleteNoteModelIsRefused() throws Exception {
        Path half = Files.createDirectories(dir.resolve("half"));
        Files.writeString(half.resolve("labels.txt"), "a\n");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "models", "import", half.toString(), "--lang", "sv", "--kind", "note");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("model.onnx", "features.txt", "Nothing was installed");
    }

    @Test
    void evalNotesPrintsEachHeldOutSetStageByStage() {
        CliRun run = CliRun.of("--data-dir", dir.toString(), "eval", "notes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ACI-BENCH validation, human transcript", "ACI-BENCH validation, speech recogniser",
                        "Swedish consultations, held-out split, as written", "Swedish consultations, held-out split, recogniser-like")
                .containsPattern("ROUGE-1 / 2 / L F1 +\\d+\\.\\d / \\d+\\.\\d / \\d+\\.\\d")
                .contains("speaker roles", "selection", "section placement", "facts");
    }

    @Test
    void benchDrafterPrintsItsFigures() {
        CliRun run = CliRun.of("--data-dir", dir.toString(), "bench", "drafter", "--words", "300", "--repetitions", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("model load \\(sv \\+ en\\): \\d+\\.\\d{3} s")
                .containsPattern("draft: median \\d+\\.\\d{3} s");
    }
}
