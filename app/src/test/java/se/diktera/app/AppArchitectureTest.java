package se.diktera.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    @ArchTest
    static final ArchRule screensKnowNoEngineImplementation = noClasses().that().resideInAPackage("se.diktera.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("se.diktera.speech.vosk..", "se.diktera.summarizer..",
                    "se.diktera.fhir.server..")
            .because("the screens reach the recogniser, the drafter and the server through the dictation pipeline and"
                    + " core's interfaces, so that each can be replaced (and faked in a view-model test)");

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("se.diktera.app.(*)..").should().beFreeOfCycles();
}
