package se.diktera.speech;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.diktera.speech", importOptions = ImportOption.DoNotIncludeTests.class)
class SpeechArchitectureTest {

    @ArchTest
    static final ArchRule speechIsAnEngine = noClasses().that().resideInAPackage("se.diktera.speech..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.diktera.app..", "se.diktera.summarizer..", "se.diktera.fhir..", "javafx..")
            .because("engines know core and models only; the app wires them together and owns the UI");

    @ArchTest
    static final ArchRule onlyTheVoskPackageTouchesVosk = noClasses().that().resideOutsideOfPackage("se.diktera.speech.vosk..")
            .should().dependOnClassesThat().resideInAPackage("org.vosk..")
            .because("Vosk stays behind SpeechTranscriber so a remote vosk-server or another engine changes wiring only");
}
