package se.diktera.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.diktera.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreDependsOnNoOtherModule = noClasses().that().resideInAPackage("se.diktera.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.diktera.models..", "se.diktera.speech..", "se.diktera.summarizer..",
                    "se.diktera.fhir..", "se.diktera.app..", "se.diktera.installer..")
            .because("core holds the domain every module shares; arrows point into core, never out of it");

    @ArchTest
    static final ArchRule coreKnowsNoEngineOrUiLibrary = noClasses().that().resideInAPackage("se.diktera.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.vosk..", "ai.onnxruntime..", "ca.uhn.fhir..", "org.hl7.fhir..", "okhttp3..")
            .because("the app sees engines through core's interfaces, so swapping Vosk, ONNX or HAPI changes wiring, not callers");
}
