package se.diktera.fhir.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * One DocumentReference as a line of a listing.
     *
     * @param replaces the identifier of the version an amendment replaces; empty for an original
     */
    public record Found(String id, String date, String type, String status, String docStatus, String identifier,
            String replaces) {
    }

    /** What the search asks beyond the patient; any part may be null for "all". */
    public record Criteria(String loincType, String status, LocalDate since, Instant lastUpdatedSince) {

        public static final Criteria ALL = new Criteria(null, null, null, null);
    }

    private final IGenericClient client;
    private final DocumentReferenceMapper mapper;
    private final FhirSettings settings;
    private final int pageSize;

    public FhirSearch(FhirServerExporter exporter, FhirSettings settings) {
        this(exporter, settings, 100);
    }

    /** @param pageSize how many the server is asked for a page ({@code _count}); every page is read */
    public FhirSearch(FhirServerExporter exporter, FhirSettings settings, int pageSize) {
        this.client = exporter.client();
        this.mapper = exporter.mapper();
        this.settings = settings;
        this.pageSize = pageSize;
    }

    /**
     * @param loincType e.g. 11506-3, or null for all
     * @param status    current or superseded, or null for all
     */
    public List<Found> notesOf(PersonalIdentityNumber patient, String loincType, String status) throws ExportException {
        return notesOf(patient, new Criteria(loincType, status, null, null));
    }

    /** A patient's notes, newest first, following the server's pages to the last one. */
    public List<Found> notesOf(PersonalIdentityNumber patient, Criteria criteria) throws ExportException {
        var id = mapper.patientIdentifier(patient);
        StringBuilder url = new StringBuilder(settings.baseUrl() + "/DocumentReference?patient.identifier=")
                .append(encoded(id.getSystem() + "|" + id.getValue())).append("&_sort=-date&_count=").append(pageSize)
                // Integrators never see drafts waiting for review (R4 cannot search on docStatus).
                .append("&_tag:not=").append(encoded(DocumentReferenceMapper.REVIEW_STAGE_SYSTEM + "|" + DocumentReferenceMapper.DRAFT_TAG));
        if (criteria.loincType() != null) {
            url.append("&type=").append(encoded("http://loinc.org|" + criteria.loincType()));
        }
        if (criteria.status() != null) {
            url.append("&status=").append(encoded(criteria.status()));
        }
        if (criteria.since() != null) {
            url.append("&date=ge").append(criteria.since());
        }
        if (criteria.lastUpdatedSince() != null) {
            url.append("&_lastUpdated=ge").append(encoded(criteria.lastUpdatedSince().toString()));
        }
        try {
            List<Found> found = new ArrayList<>();
            Bundle first = client.search().byUrl(url.toString()).returnBundle(Bundle.class).execute();
            BundlePages.follow(client, first, bundle -> {
                for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                    if (e.getResource() instanceof DocumentReference dr && !isDraft(dr)) {
                        found.add(new Found(dr.getIdElement().toUnqualifiedVersionless().getValue(),
                                dr.hasDate() ? dr.getDateElement().getValueAsString() : "",
                                dr.getType().getCodingFirstRep().getCode(), dr.hasStatus() ? dr.getStatus().toCode() : "",
                                dr.hasDocStatus() ? dr.getDocStatus().toCode() : "", dr.getIdentifierFirstRep().getValue(),
                                replaced(dr)));
                    }
                }
                return true;
            });
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

    private static String replaced(DocumentReference dr) {
        return dr.getRelatesTo().stream().filter(r -> r.getCode() == DocumentReference.DocumentRelationshipType.REPLACES)
                .map(r -> r.getTarget().getIdentifier().getValue()).filter(v -> v != null).findFirst().orElse("");
    }

    /** A draft a server returned although the search left drafts out (one that ignores {@code _tag:not}). */
    private static boolean isDraft(DocumentReference dr) {
        return dr.getDocStatus() == DocumentReference.ReferredDocumentStatus.PRELIMINARY
                || dr.getMeta().getTag(DocumentReferenceMapper.REVIEW_STAGE_SYSTEM, DocumentReferenceMapper.DRAFT_TAG) != null;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
