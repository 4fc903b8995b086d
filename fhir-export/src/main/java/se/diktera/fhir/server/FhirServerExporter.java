package se.diktera.fhir.server;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.net.ssl.SSLException;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.okhttp.client.OkHttpRestfulClientFactory;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.exceptions.InvalidResponseException;
import ca.uhn.fhir.rest.client.exceptions.NonFhirResponseException;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import okhttp3.OkHttpClient;
import org.hl7.fhir.instance.model.api.IBaseOperationOutcome;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;

import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.engine.NoteExporter;
import se.diktera.core.lifecycle.NoteState;
import se.diktera.core.problem.Problem;
import se.diktera.fhir.CertificateRequests;
import se.diktera.fhir.FhirSettings;
import se.diktera.fhir.mapping.DocumentReferenceMapper;
import se.diktera.fhir.mapping.FhirValidation;
import se.diktera.fhir.mapping.NoteProvenance;
import se.diktera.fhir.mhd.ProvideDocumentBundle;

/**
 * Sends an approved note to a FHIR R4 server: validated offline first (an invalid resource is
 * never sent), the patient found or created by identifier, then one transaction with the note and
 * its Provenance ({@link NoteProvenance}), each a conditional create on the note version's business
 * identifier, so a retry never makes a second copy. A correction marks the
 * version it replaces {@code superseded}; a withdrawn version is marked {@code entered-in-error}.
 *
 * <p>Failures say whether a retry can help: network errors, 5xx, 409, 412 and 429 can; other 4xx
 * cannot, and carry the server's OperationOutcome.
 */
public final class FhirServerExporter implements NoteExporter {

    private final FhirSettings settings;
    private final FhirContext fhir;
    private final IGenericClient client;
    private final DocumentReferenceMapper mapper;
    private final NoteProvenance provenances;
    private final FhirValidation validation;
    /** When the server asks this device for a client certificate (mutual TLS), to tell its refusal from a broken network; null without mutual TLS. */
    private final CertificateRequests certificateRequests;
    /**
     * Digests of the DocumentReferences and Provenances {@link #check} found valid. The app checks a note when the
     * reviewer approves it (so errors show then); sending the very same content skips validating
     * it again. Any other content is validated before it is sent.
     */
    private final Set<String> validated = ConcurrentHashMap.newKeySet();
    /** Server references of the patients, people and units this exporter found or created, so each costs one request per session. */
    private final Map<String, String> storedIds = new ConcurrentHashMap<>();

    /** What the last answer on this thread asked in Retry-After: HAPI's exceptions do not carry the headers. */
    private final ThreadLocal<Duration> retryAfter = new ThreadLocal<>();

    public FhirServerExporter(FhirSettings settings, FhirContext fhir, FhirValidation validation) {
        this(settings, fhir, validation, settings.tls() == null ? null : new CertificateRequests());
    }

    /**
     * @param http the HTTP client to build on: one that trusts a region's own certificate authority
     *             or presents a client certificate; the exporter adds its timeouts and transport guard
     */
    public FhirServerExporter(FhirSettings settings, FhirContext fhir, FhirValidation validation, OkHttpClient.Builder http) {
        this(settings, fhir, validation, http, null);
    }

    /** Mutual TLS as the settings say, its certificate requests recorded to tell a refusal from a broken network. */
    private FhirServerExporter(FhirSettings settings, FhirContext fhir, FhirValidation validation, CertificateRequests requests) {
        this(settings, fhir, validation, requests == null ? new OkHttpClient.Builder() : settings.tls().httpClient(requests), requests);
    }

    private FhirServerExporter(FhirSettings settings, FhirContext fhir, FhirValidation validation, OkHttpClient.Builder http,
            CertificateRequests requests) {
        this.certificateRequests = requests;
        if (settings.baseUrl() == null) {
            throw new IllegalArgumentException("No FHIR server is configured");
        }
        this.settings = settings;
        this.fhir = fhir;
        this.validation = validation;
        this.mapper = new DocumentReferenceMapper(settings);
        this.provenances = mapper.provenance();
        // HAPI sends each request through its context's client factory, not the one that made the
        // client: a context of its own makes these timeouts and this guard the ones actually used
        // (on the shared context another exporter's token would be used, or Apache's defaults).
        FhirContext transport = FhirContext.forR4();
        OkHttpRestfulClientFactory factory = new OkHttpRestfulClientFactory(transport);
        transport.setRestfulClientFactory(factory);
        factory.setConnectTimeout((int) settings.connectTimeout().toMillis());
        factory.setSocketTimeout((int) settings.readTimeout().toMillis());
        factory.setHttpClient(http
                .addNetworkInterceptor(new TransportGuard(settings.bearerToken()))
                .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS).build());
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        this.client = factory.newGenericClient(settings.baseUrl().toString());
        client.registerInterceptor(new IClientInterceptor() {
            @Override
            public void interceptRequest(IHttpRequest request) {
                retryAfter.remove();
            }

            @Override
            public void interceptResponse(IHttpResponse response) {
                List<String> said = response.getHeaders("Retry-After");
                retryAfter.set(said == null || said.isEmpty() ? null : RetryAfter.parse(said.get(0), Instant.now()).orElse(null));
            }
        });
    }

    FhirSettings settings() {
        return settings;
    }

    FhirValidation validation() {
        return validation;
    }

    public DocumentReferenceMapper mapper() {
        return mapper;
    }

    /** The validation errors that would stop this note from being sent; empty when it can go. */
    public List<String> check(ApprovedNote note) {
        DocumentReference dr = mapper.map(note);
        List<String> errors = new ArrayList<>(validation.errors(dr));
        Provenance provenance = provenances.of(note, documentUrn(dr.getIdentifierFirstRep()));
        errors.addAll(validation.errors(provenance));
        if (errors.isEmpty()) {
            validated.add(digest(dr));
            validated.add(digest(provenance));
        }
        return errors;
    }

    /** The transaction's placeholder for the note: the same for every attempt at one version. */
    private static String documentUrn(Identifier version) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(version.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ExportReceipt export(ApprovedNote note) throws ExportException {
        retryAfter.remove();
        if (note.note().state() == NoteState.ENTERED_IN_ERROR) {
            return call(() -> withdraw(mapper.versionIdentifier(note.note())));
        }
        NoteEntries entries = noteEntries(note);
        return call(() -> {
            Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            entries.addTo(transaction, patientId(entries.patient()));
            return entries.receipt(client.transaction().withBundle(transaction).execute());
        });
    }

    /**
     * The note as an IHE MHD ITI-65 Provide Document Bundle, for a registry that speaks MHD: the
     * patient found or created by identifier first, the bundle validated, then sent as one
     * transaction. Returns where the DocumentReference was stored.
     */
    public ExportReceipt provide(ApprovedNote note, ProvideDocumentBundle mhd, Instant submittedAt) throws ExportException {
        retryAfter.remove();
        return call(() -> {
            String patient = patientId(mapper.patientIdentifier(note.consultation().patient().identifier()));
            Bundle bundle = ProvideDocumentBundle.checked(mhd.of(note, submittedAt, new Reference("Patient/" + patient)), note,
                    validation);
            Bundle answer = client.transaction().withBundle(bundle).execute();
            Bundle.BundleEntryResponseComponent stored = answer == null || answer.getEntry().size() < 2 ? null
                    : answer.getEntry().get(1).getResponse();
            if (stored == null || stored.getLocation() == null || stored.getLocation().isBlank()) {
                throw new UnusableAnswer("The FHIR server " + settings.baseUrl().getHost() + " answered the MHD transaction without"
                        + " saying where it stored the note");
            }
            return new ExportReceipt(new IdType(stored.getLocation()).toUnqualifiedVersionless().getValue(), false);
        });
    }

    /**
     * The note and its Provenance as transaction entries, validated (an invalid resource is never
     * sent): one transaction carries them, so they arrive together or not at all; both are
     * conditional creates, so a retry after a lost answer finds them instead of copying them.
     */
    NoteEntries noteEntries(ApprovedNote note) throws ExportException {
        DocumentReference dr = mapper.map(note);
        List<String> errors = validated.contains(digest(dr)) ? List.of() : validation.errors(dr);
        if (!errors.isEmpty()) {
            throw new ExportException(Problem.NOTE_INVALID, "The note is not a valid FHIR DocumentReference and was not sent: "
                    + String.join("; ", errors), false, null);
        }
        String documentUrn = documentUrn(dr.getIdentifierFirstRep());
        Provenance provenance = provenances.of(note, documentUrn);
        List<String> provenanceErrors = validated.contains(digest(provenance)) ? List.of() : validation.errors(provenance);
        if (!provenanceErrors.isEmpty()) {
            throw new ExportException(Problem.NOTE_INVALID, "The note's Provenance is not valid FHIR and was not sent: "
                    + String.join("; ", provenanceErrors), false, null);
        }
        return new NoteEntries(dr, provenance, documentUrn);
    }

    /** An approved note's entries of a transaction, and how to read the server's answer to it. */
    final class NoteEntries {
        private final DocumentReference dr;
        private final Provenance provenance;
        private final String documentUrn;

        private NoteEntries(DocumentReference dr, Provenance provenance, String documentUrn) {
            this.dr = dr;
            this.provenance = provenance;
            this.documentUrn = documentUrn;
        }

        Identifier patient() {
            return dr.getSubject().getIdentifier();
        }

        /** The transaction's placeholder for the note, for entries that point at it. */
        String documentUrn() {
            return documentUrn;
        }

        /** Adds the note first, then its Provenance. */
        void addTo(Bundle transaction, String patientId) {
            Identifier version = dr.getIdentifierFirstRep();
            dr.getSubject().setReference("Patient/" + patientId);
            transaction.addEntry().setFullUrl(documentUrn).setResource(dr).getRequest().setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("DocumentReference").setIfNoneExist("identifier=" + version.getSystem() + "|" + version.getValue());
            transaction.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(provenance).getRequest()
                    .setMethod(Bundle.HTTPVerb.POST).setUrl("Provenance")
                    .setIfNoneExist("_tag=" + version.getSystem() + "|" + version.getValue());
        }

        /** Where the note was stored, from the answer to a transaction whose first entry is the note. */
        ExportReceipt receipt(Bundle answer) {
            return receipt(answer, 0);
        }

        ExportReceipt receipt(Bundle answer, int entry) {
            Bundle.BundleEntryResponseComponent stored = answer == null || answer.getEntry().size() <= entry ? null
                    : answer.getEntry().get(entry).getResponse();
            if (stored == null || stored.getLocation() == null || stored.getLocation().isBlank()) {
                throw new UnusableAnswer("The FHIR server " + settings.baseUrl().getHost() + " answered the transaction without"
                        + " saying where it stored the note; the note stays queued");
            }
            String id = new IdType(stored.getLocation()).toUnqualifiedVersionless().getValue();
            boolean existed = stored.getStatus() != null && stored.getStatus().startsWith("200");
            if (!dr.getRelatesTo().isEmpty()) {
                supersede(dr.getRelatesToFirstRep().getTarget().getIdentifier());
            }
            return new ExportReceipt(id, existed);
        }
    }

    /** A request to the server, its failures said as the outbox needs them: retryable or not, and why. */
    <T> T call(ServerCall<T> request) throws ExportException {
        try {
            return request.make();
        } catch (NonFhirResponseException | InvalidResponseException | DataFormatException e) {
            throw notFhir();
        } catch (FhirClientConnectionException e) {
            if (causedBy(e, DataFormatException.class)) {
                throw notFhir();
            }
            if (TransportGuard.refusedIn(e)) {
                throw notSecure(settings, e);
            }
            Optional<Boolean> asked = certificateRequests == null ? Optional.empty() : certificateRequests.recentlyAsked();
            if (causedBy(e, SSLException.class) || asked.isPresent() && causedBy(e, IOException.class) && !causedBy(e, InterruptedIOException.class)) {
                String why = asked.map(presented -> presented
                        ? "it asked for a client certificate and broke off after this device presented its own, which it may not trust"
                        : "it asked for a client certificate and this device has none set")
                        .orElse("its certificate may not be one this device trusts, or it asks for a client certificate");
                throw new ExportException(Problem.SERVER_TLS_REFUSED, "The TLS connection to the FHIR server " + settings.baseUrl().getHost()
                        + " failed (" + rootMessage(e) + "): " + why + "; the note stays queued", true, e);
            }
            if (causedBy(e, InterruptedIOException.class)) {
                throw new ExportException(Problem.SERVER_UNREACHABLE, "The FHIR server " + settings.baseUrl().getHost()
                        + " did not answer within " + settings.readTimeout().toMillis() + " ms (timeout); the note stays queued", true, e);
            }
            throw new ExportException(Problem.SERVER_UNREACHABLE, "The FHIR server " + settings.baseUrl().getHost() + " cannot be reached ("
                    + rootMessage(e) + "); the note stays queued", true, e);
        } catch (BaseServerResponseException e) {
            int status = e.getStatusCode();
            boolean retryable = status >= 500 || status == 409 || status == 412 || status == 429;
            throw new ExportException(Problem.SERVER_REFUSED, "The FHIR server answered " + status + ": " + outcomeText(e), retryable, e,
                    status == 429 || status == 503 ? retryAfter.get() : null);
        } catch (UnusableAnswer e) {
            throw new ExportException(Problem.SERVER_ANSWER_UNUSABLE, e.getMessage(), true, null);
        }
    }

    /** One exchange with the server, made by {@link #call}. */
    @FunctionalInterface
    interface ServerCall<T> {
        T make() throws ExportException;
    }

    /** The server's id for the patient with this identifier, created (identifier only) if it has none. */
    String patientId(Identifier identifier) {
        return new IdType(storedWith(identifier, id -> new Patient().addIdentifier(id))).getIdPart();
    }

    /**
     * The server's reference ({@code Type/id}) to the resource with this identifier: found, or
     * created as {@code make} makes it from the identifier (a conditional create, so a retry or a
     * second device finds it). Each costs one request per exporter.
     */
    String storedWith(Identifier identifier, Function<Identifier, ? extends DomainResource> make) {
        DomainResource resource = make.apply(identifier.copy());
        String key = resource.fhirType() + "|" + identifier.getSystem() + "|" + identifier.getValue();
        String known = storedIds.get(key);
        if (known != null) {
            return known;
        }
        MethodOutcome outcome = client.create().resource(resource)
                .withAdditionalHeader("If-None-Exist", "identifier=" + identifier.getSystem() + "|" + identifier.getValue())
                .execute();
        String id = storedId(outcome);
        storedIds.put(key, id);
        return id;
    }

    /** Where the server says it stored a resource; an answer without it cannot be trusted to have stored anything. */
    String storedId(MethodOutcome outcome) {
        if (outcome == null || outcome.getId() == null || outcome.getId().getIdPart() == null) {
            throw new UnusableAnswer("The FHIR server " + settings.baseUrl().getHost() + " answered without saying where it"
                    + " stored the resource (no id, no Location); the note stays queued");
        }
        return outcome.getId().toUnqualifiedVersionless().getValue();
    }

    /** Plain http to another machine, refused before anything was sent: retrying cannot help, a new address can. */
    static ExportException notSecure(FhirSettings settings, Throwable e) {
        return new ExportException(Problem.SERVER_NOT_SECURE, "The FHIR server " + settings.baseUrl().getHost()
                + " is another machine reached over plain http; nothing was sent. Use https", false, e);
    }

    private ExportException notFhir() {
        return new ExportException(Problem.SERVER_ANSWER_UNUSABLE, "The FHIR server " + settings.baseUrl().getHost() + " answered with something that is"
                + " not FHIR; the note stays queued", true, null);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** An answer that parsed but says nothing usable. */
    static final class UnusableAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnusableAnswer(String message) {
            super(message);
        }
    }

    /**
     * A withdrawn version: each DocumentReference with its identifier gets status
     * {@code entered-in-error} (kept, so a receiver that read it learns it must not be used). When
     * none is there the version never arrived, and there is nothing to tell.
     */
    private ExportReceipt withdraw(Identifier version) {
        List<String> marked = restatus(version, DocumentReferenceStatus.ENTEREDINERROR);
        return marked.isEmpty() ? new ExportReceipt("not on " + settings.baseUrl().getHost(), true)
                : new ExportReceipt(marked.get(0), false);
    }

    private void supersede(Identifier previous) {
        restatus(previous, DocumentReferenceStatus.SUPERSEDED);
    }

    /** Sets the status of the DocumentReferences with this identifier; returns their ids. */
    private List<String> restatus(Identifier identifier, DocumentReferenceStatus status) {
        Bundle found = client.search().forResource(DocumentReference.class)
                .where(DocumentReference.IDENTIFIER.exactly().systemAndIdentifier(identifier.getSystem(), identifier.getValue()))
                .returnBundle(Bundle.class).execute();
        List<String> ids = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : found.getEntry()) {
            DocumentReference old = (DocumentReference) entry.getResource();
            ids.add(old.getIdElement().toUnqualifiedVersionless().getValue());
            if (old.getStatus() != status && old.getStatus() != DocumentReferenceStatus.ENTEREDINERROR) {
                old.setStatus(status);
                client.update().resource(old).execute();
            }
        }
        return ids;
    }

    private String outcomeText(BaseServerResponseException e) {
        IBaseOperationOutcome oo = e.getOperationOutcome();
        if (oo instanceof OperationOutcome outcome && !outcome.getIssue().isEmpty()) {
            return outcome.getIssue().stream().map(i -> i.getSeverity().toCode() + " " + i.getCode().toCode() + ": "
                    + i.getDiagnostics()).reduce((a, b) -> a + "; " + b).orElse("");
        }
        return e.getMessage();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private String digest(IBaseResource dr) {
        try {
            byte[] json = fhir.newJsonParser().encodeResourceToString(dr).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** For integrators' searches. */
    public IGenericClient client() {
        return client;
    }

    public FhirContext fhirContext() {
        return fhir;
    }
}
