package se.diktera.summarizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.diktera.core.engine.EngineException;
import se.diktera.summarizer.features.TextFeaturizer;

class OnnxClassifierTest {

    @Test
    void probabilitiesAreADistributionOverTheLabelsAndABatchAgreesWithOneAtATime() throws EngineException {
        try (OnnxClassifier model = OnnxClassifier.bundled("diktera-roles-sv")) {
            List<Map<String, Double>> rows = IntStream.range(0, 70).mapToObj(i -> {
                Map<String, Double> f = new HashMap<>(new TextFeaturizer().features("har du ont i magen sedan " + i + " dagar",
                        "u", 1.0, true));
                f.put("c:question:true", 1.0);
                return (Map<String, Double>) f;
            }).toList();
            List<double[]> batch = model.probabilities(rows);

            assertThat(batch).hasSize(70).allSatisfy(p -> {
                assertThat(p).hasSize(model.labels().size());
                assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-4));
            });
            for (int i = 0; i < rows.size(); i += 13) {
                assertThat(model.probabilities(List.of(rows.get(i))).get(0)).containsExactly(batch.get(i), within(1e-6));
            }
        }
    }

    @Test
    void featuresTheModelDoesNotKnowAreIgnored() throws EngineException {
        try (OnnxClassifier model = OnnxClassifier.bundled("diktera-selection-en")) {
            double[] none = model.probabilities(List.of(Map.of())).get(0);
            double[] unknown = model.probabilities(List.of(Map.of("no-such-feature", 5.0))).get(0);

            assertThat(unknown).containsExactly(none, within(1e-9));
        }
    }

    @Test
    void aModelFolderMissingAFileSaysWhichOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(OnnxClassifier.ONNX), "x");
        Files.writeString(dir.resolve(OnnxClassifier.LABELS), "a\n");

        assertThatThrownBy(() -> OnnxClassifier.load(dir, "region-sv"))
                .isInstanceOf(EngineException.class).hasMessageContaining("features.txt is missing");
    }

    @Test
    void aCorruptOnnxFileIsAClearError(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve(OnnxClassifier.ONNX), new byte[] {1, 2, 3, 4, 5});
        Files.writeString(dir.resolve(OnnxClassifier.FEATURES), "h1\n");
        Files.writeString(dir.resolve(OnnxClassifier.LABELS), "a\n");

        assertThatThrownBy(() -> OnnxClassifier.load(dir, "region-sv"))
                .isInstanceOf(EngineException.class).hasMessageContaining("region-sv cannot be loaded by ONNX Runtime");
    }
}
