package se.diktera.summarizer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.diktera.summarizer", importOptions = ImportOption.DoNotIncludeTests.class)
class SummarizerArchitectureTest {

    @ArchTest
    static final ArchRule summarizerIsAnEngine = noClasses().that().resideInAPackage("se.diktera.summarizer..")
            .should().dependOnClassesThat().resideInAnyPackage("se.diktera.app..", "se.diktera.speech..", "se.diktera.fhir..", "javafx..")
            .because("engines know core and models only; the app wires them together");

    @ArchTest
    static final ArchRule onlyTrainingUsesTribuo = noClasses().that().resideOutsideOfPackage("se.diktera.summarizer.training..")
            .should().dependOnClassesThat().resideInAPackage("org.tribuo..")
            .because("Tribuo is a build-time dependency (provided scope); the app ships ONNX Runtime only");

    @ArchTest
    static final ArchRule onlyTheModelTouchesOnnxRuntime = noClasses().that().resideOutsideOfPackage("se.diktera.summarizer.model..")
            .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
            .because("one class owns the ONNX session, so a different runtime or model format changes one place");
}
