package se.diktera.fhir.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Offline validation against the FHIR R4 base specification and Diktera's published profile of
 * the note ({@value #PROFILE_RESOURCE}, for every resource that claims it), before anything is sent. The first
 * validation loads the specification (seconds), so the validator is built once, in the
 * background, and shared. Thread-safe.
 */
public final class FhirValidation {

    /** Where the profile lies in the build; the same file is the one published in the repository. */
    public static final String PROFILE_RESOURCE = "/se/diktera/fhir/StructureDefinition-diktera-note.json";

    private final CompletableFuture<FhirValidator> validator;

    public FhirValidation(FhirContext context, Executor background) {
        this.validator = CompletableFuture.supplyAsync(() -> build(context), background);
    }

    private static FhirValidator build(FhirContext context) {
        PrePopulatedValidationSupport ours = aiTransparencyCode(context);
        ours.addStructureDefinition(profile(context));
        ValidationSupportChain chain = new ValidationSupportChain(
                ours,
                new DefaultProfileValidationSupport(context),
                new CommonCodeSystemsTerminologyService(context),
                new InMemoryTerminologyServerValidationSupport(context),
                new SnapshotGeneratingValidationSupport(context));
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setAnyExtensionsAllowed(true);
        FhirValidator v = context.newValidator().registerValidatorModule(module);
        // Warm up: the first validation loads the specification's structure definitions.
        v.validateWithResult(new Basic());
        return v;
    }

    /**
     * The security label HL7's AI Transparency on FHIR recommends (its ProvenanceVS: AIAST,
     * "Artificial Intelligence asserted", from v3-ObservationValue in HL7 Terminology 6.0.0) is
     * newer than the R4 terminology HAPI ships; the validator learns that one code as THO defines
     * it, as a fragment of the code system (no code of our own making).
     */
    private static PrePopulatedValidationSupport aiTransparencyCode(FhirContext context) {
        CodeSystem cs = new CodeSystem();
        cs.setUrl(DocumentReferenceMapper.SECURITY_SYSTEM);
        cs.setVersion("6.0.0");
        cs.setStatus(Enumerations.PublicationStatus.ACTIVE);
        cs.setContent(CodeSystem.CodeSystemContentMode.FRAGMENT);
        cs.addConcept().setCode(DocumentReferenceMapper.AI_ASSERTED).setDisplay("Artificial Intelligence asserted");
        PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(context);
        support.addCodeSystem(cs);
        return support;
    }

    /** Diktera's published profile of the final note, as a differential (the validator makes its snapshot). */
    public static StructureDefinition profile(FhirContext context) {
        try (InputStream in = FhirValidation.class.getResourceAsStream(PROFILE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The profile " + PROFILE_RESOURCE + " is missing from the build");
            }
            return context.newJsonParser().parseResource(StructureDefinition.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors (not warnings) found, each as "location: message"; empty when the resource is valid. */
    public List<String> errors(IBaseResource resource) {
        ValidationResult result = validator.join().validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return (m.getLocationString() == null ? "" : m.getLocationString() + ": ") + m.getMessage();
    }
}
