package se.diktera.models;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.diktera.models", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelsArchitectureTest {

    @ArchTest
    static final ArchRule modelsDependsOnlyOnCore = noClasses().that().resideInAPackage("se.diktera.models..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.diktera.speech..", "se.diktera.summarizer..", "se.diktera.fhir..", "se.diktera.app..", "javafx..")
            .because("models sits under the engines: the engines ask it for model folders, never the other way");
}
