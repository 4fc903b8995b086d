package se.diktera.summarizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.diktera.core.engine.EngineException;

class SectionModelTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
            "sv|Jag är allergisk mot penicillin|allergier",
            "sv|Lungor normala andningsljud bilateralt, hjärta regelbunden rytm|status",
            "sv|Remiss till röntgen och återbesök om två veckor|atgard",
            "en|Doctor: Are you allergic to any medications? Patient: Yes, penicillin gives me a rash.|ALLERGY",
            "en|Doctor: Do you smoke or drink? Patient: I smoke half a pack a day and drink on weekends.|FAM/SOCHX",
    })
    void theTrainedModelsPlaceUnambiguousSentences(String language, String text, String label) throws EngineException {
        try (SectionModel model = SectionModel.bundled(language)) {
            SectionPrediction p = model.classify(text);

            assertThat(p.label()).isEqualTo(label);
            assertThat(p.probability()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void aBatchGivesTheSameAnswersAsOneAtATime() throws EngineException {
        try (SectionModel model = SectionModel.bundled("sv")) {
            var texts = java.util.stream.IntStream.range(0, 70).mapToObj(i -> "Patienten har ont i magen sedan " + i + " dagar").toList();
            var batch = model.classifyAll(texts);
            for (int i = 0; i < texts.size(); i += 13) {
                assertThat(batch.get(i)).isEqualTo(model.classify(texts.get(i)));
            }
        }
    }

    @Test
    void aModelFolderMissingAFileSaysWhichOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(SectionModel.ONNX), "x");
        Files.writeString(dir.resolve(SectionModel.LABELS), "a\n");

        assertThatThrownBy(() -> SectionModel.load(dir, "region-sv"))
                .isInstanceOf(EngineException.class).hasMessageContaining("features.txt is missing");
    }

    @Test
    void aCorruptOnnxFileIsAClearError(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(SectionModel.ONNX), new byte[] {1, 2, 3, 4, 5});
        Files.writeString(dir.resolve(SectionModel.FEATURES), "h1\n");
        Files.writeString(dir.resolve(SectionModel.LABELS), "a\n");

        assertThatThrownBy(() -> SectionModel.load(dir, "region-sv"))
                .isInstanceOf(EngineException.class).hasMessageContaining("region-sv cannot be loaded by ONNX Runtime");
    }
}
