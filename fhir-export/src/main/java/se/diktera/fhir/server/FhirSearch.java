package se.diktera.fhir.server;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;

import se.diktera.core.engine.ExportException;
import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.problem.Problem;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.mapping.DocumentReferenceMapper;

/** What integrators ask a FHIR server: the clinical notes of a patient, by type and status. */
public final class FhirSearch {

    /** One DocumentReference as a line of a listing. */
    public record Found(String id, String date, String type, String status, String docStatus, String identifier) {
    }

    private final IGenericClient client;
    private final DocumentReferenceMapper mapper;
    private final FhirSettings settings;

    public FhirSearch(FhirServerExporter exporter, FhirSettings settings) {
        this.client = exporter.client();
        this.mapper = exporter.mapper();
        this.settings = settings;
    }

    /**
     * @param loincType e.g. 11506-3, or null for all
     * @param status    current or superseded, or null for all
     */
    public List<Found> notesOf(PersonalIdentityNumber patient, String loincType, String status) throws ExportException {
        var id = mapper.patientIdentifier(patient);
        StringBuilder url = new StringBuilder(settings.baseUrl() + "/DocumentReference?patient.identifier=")
                .append(id.getSystem()).append('|').append(id.getValue()).append("&_sort=-date&_count=100");
        if (loincType != null) {
            url.append("&type=http://loinc.org|").append(loincType);
        }
        if (status != null) {
            url.append("&status=").append(status);
        }
        try {
            Bundle bundle = client.search().byUrl(url.toString()).returnBundle(Bundle.class).execute();
            List<Found> found = new ArrayList<>();
            for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                DocumentReference dr = (DocumentReference) e.getResource();
                found.add(new Found(dr.getIdElement().toUnqualifiedVersionless().getValue(),
                        dr.hasDate() ? dr.getDateElement().getValueAsString() : "",
                        dr.getType().getCodingFirstRep().getCode(), dr.getStatus().toCode(),
                        dr.hasDocStatus() ? dr.getDocStatus().toCode() : "", dr.getIdentifierFirstRep().getValue()));
            }
            return found;
        } catch (FhirClientConnectionException e) {
            if (TransportGuard.refusedIn(e)) {
                throw FhirServerExporter.notSecure(settings, e);
            }
            throw new ExportException(Problem.SERVER_UNREACHABLE, "The FHIR server " + settings.baseUrl().getHost() + " cannot be reached", true, e);
        } catch (BaseServerResponseException e) {
            throw new ExportException(Problem.SERVER_REFUSED, "The FHIR server answered " + e.getStatusCode() + ": " + e.getMessage(), false, e);
        }
    }
}
