package se.diktera.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

import se.diktera.core.json.DikteraJson;

class ModelCatalogTest {

    private final ModelCatalog catalog = ModelCatalog.builtIn(new DikteraJson());

    @Test
    void everyCataloguedModelHasAUniqueIdAndALicence() {
        assertThat(catalog.all()).isNotEmpty();
        assertThat(catalog.all()).allSatisfy(m -> assertThat(m.licence()).isNotBlank());
        assertThat(new HashSet<>(catalog.all().stream().map(ModelDescriptor::id).toList())).hasSameSizeAs(catalog.all());
    }

    @Test
    void bundledModelsNameTheirArchiveAndChecksum() {
        assertThat(catalog.all().stream().filter(ModelDescriptor::bundled))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.archiveSha256()).matches("[0-9a-f]{64}"));
    }

    @Test
    void thereIsASpeechModelForEachOfTheTwoLanguages() {
        assertThat(catalog.preferred(ModelKind.SPEECH, "sv")).isPresent();
        assertThat(catalog.preferred(ModelKind.SPEECH, "en")).hasValueSatisfying(m -> assertThat(m.bundled()).isTrue());
    }
}
