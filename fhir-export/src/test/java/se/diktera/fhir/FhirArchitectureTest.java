package se.diktera.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.diktera.fhir", importOptions = ImportOption.DoNotIncludeTests.class)
class FhirArchitectureTest {

    @ArchTest
    static final ArchRule fhirExportIsAnEngine = noClasses().that().resideInAPackage("se.diktera.fhir..")
            .should().dependOnClassesThat().resideInAnyPackage("se.diktera.app..", "se.diktera.speech..",
                    "se.diktera.summarizer..", "javafx..")
            .because("engines know core only; the app wires them together");

    @ArchTest
    static final ArchRule noServerSideHapiInTheClient = noClasses().that().resideInAPackage("se.diktera.fhir..")
            .should().dependOnClassesThat().resideInAnyPackage("ca.uhn.fhir.jpa..", "org.springframework..", "org.eclipse.jetty..")
            .because("the JPA server, Spring and Jetty are test-only: the app ships a FHIR client, not a server");
}
