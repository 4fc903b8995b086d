package se.diktera.fhir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;

import ca.uhn.fhir.context.FhirContext;
import se.diktera.fhir.files.BundleFileExporter;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.mhd.MhdFiles;
import se.diktera.fhir.mhd.ProvideDocumentBundle;
import se.diktera.fhir.server.FhirReviewExchange;
import se.diktera.fhir.server.FhirSearch;
import se.diktera.fhir.server.FhirServerExporter;

/**
 * Builds the FHIR exporters from settings, sharing one FHIR context and one validator (slow to
 * build, so started in the background at once).
 */
public final class FhirExporters {

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final FhirValidation validation;

    public FhirExporters(Executor background) {
        this.validation = new FhirValidation(fhir, background);
    }

    public FhirServerExporter server(FhirSettings settings) {
        return new FhirServerExporter(settings, fhir, validation);
    }

    /** Review across devices through the server these settings name. */
    public FhirReviewExchange reviews(FhirSettings settings, Clock clock) {
        return new FhirReviewExchange(server(settings), clock);
    }

    public BundleFileExporter files(Path directory, FhirSettings settings) {
        return new BundleFileExporter(directory, new DocumentReferenceMapper(settings), validation, fhir);
    }

    /** IHE MHD ITI-65 bundles as files. */
    public MhdFiles mhdFiles(FhirSettings settings) {
        return new MhdFiles(new ProvideDocumentBundle(settings), validation, fhir);
    }

    public FhirSearch search(FhirSettings settings) {
        return new FhirSearch(server(settings), settings);
    }

    /** @param pageSize how many the server is asked for a page; every page is read */
    public FhirSearch search(FhirSettings settings, int pageSize) {
        return new FhirSearch(server(settings), settings, pageSize);
    }
}
