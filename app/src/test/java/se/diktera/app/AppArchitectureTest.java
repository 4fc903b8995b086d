package se.diktera.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.diktera.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule appUsesEnginesThroughDiktera = noClasses().that().resideInAPackage("se.diktera.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vosk..", "ai.onnxruntime..", "ca.uhn.fhir..")
            .because("the app talks to engines through core's interfaces and the engine modules, never to Vosk, ONNX or HAPI directly");
}
