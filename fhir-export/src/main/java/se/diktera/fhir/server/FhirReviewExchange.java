package se.diktera.fhir.server;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import se.diktera.core.engine.ApprovedNote;
import se.diktera.core.engine.ExportException;
import se.diktera.core.engine.ExportReceipt;
import se.diktera.core.json.DikteraJson;
import se.diktera.core.json.DocumentFormatException;
import se.diktera.core.people.Clinician;
import se.diktera.core.people.HsaId;
import se.diktera.core.problem.Problem;
import se.diktera.core.review.RemoteReview;
import se.diktera.core.review.ReviewConflictException;
import se.diktera.core.review.ReviewExchange;
import se.diktera.core.review.ReviewPacket;
import se.diktera.fhir.mapping.DocumentReferenceMapper;

/**
 * Review across devices through the region's FHIR R4 server. A submission is one transaction of
 * two conditional creates: the draft as a {@code DocumentReference} (docStatus preliminary, tagged
 * as a draft, the review packet attached) and a {@code Task} (intent order, code approve, status
 * requested, focus the draft, for the patient, requester the author, owner the reviewer or the
 * care unit), both keyed on the round's identifier, so a retry finds them. Approval is one
 * transaction too: the Task completed (If-Match the version the reviewer saw), the final note and
 * its Provenance created as {@link FhirServerExporter} creates them, and the draft superseded.
 * Send back rejects the Task with the comment (If-Match). Decided in ADR 0016.
 *
 * <p>Patient data never goes into messages or logs. Thread-safe.
 */
public final class FhirReviewExchange implements ReviewExchange {

    static final String TASK_CODE_SYSTEM = "http://hl7.org/fhir/CodeSystem/task-code";
    private static final String PACKET_KIND = "review-packet";
    private static final int PAGE = 100;

    private final FhirServerExporter server;
    private final IGenericClient client;
    private final DocumentReferenceMapper mapper;
    private final String hsaSystem;
    private final Clock clock;
    private final DikteraJson json = new DikteraJson();

    /** @param server the connection to the region's server, with its settings, validation and transport guard */
    public FhirReviewExchange(FhirServerExporter server, Clock clock) {
        this.server = Objects.requireNonNull(server, "server");
        this.client = server.client();
        this.mapper = server.mapper();
        this.hsaSystem = server.settings().hsaIdSystem();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RemoteReview submit(ReviewPacket packet, HsaId reviewer, HsaId unit) throws ExportException {
        if (reviewer == null && unit == null) {
            throw new IllegalArgumentException("A review request needs a reviewer or a care unit");
        }
        Instant now = clock.instant();
        DocumentReference draft = mapper.draft(packet, json.write(PACKET_KIND, packet), now);
        List<String> errors = server.validation().errors(draft);
        if (!errors.isEmpty()) {
            throw new ExportException(Problem.NOTE_INVALID, "The draft is not a valid FHIR DocumentReference and was not sent: "
                    + String.join("; ", errors), false, null);
        }
        Identifier round = mapper.draftIdentifier(packet);
        String draftUrn = "urn:uuid:" + UUID.nameUUIDFromBytes(round.getValue().getBytes(StandardCharsets.UTF_8));
        return server.call(() -> {
            String patient = server.patientId(draft.getSubject().getIdentifier());
            draft.getSubject().setReference("Patient/" + patient);
            Clinician author = packet.consultation().clinician();
            Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER);
            task.addIdentifier(round.copy());
            task.setCode(new CodeableConcept().addCoding(new Coding(TASK_CODE_SYSTEM, "approve", "Approve the focal resource")));
            task.setFocus(new Reference(draftUrn));
            task.setFor(new Reference("Patient/" + patient));
            task.setRequester(person(author.hsaId(), author.name()));
            task.setOwner(reviewer != null ? person(reviewer, null) : unit(unit));
            task.setAuthoredOn(Date.from(now));
            task.setLastModified(Date.from(now));
            String key = "identifier=" + round.getSystem() + "|" + round.getValue();
            Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            tx.addEntry().setFullUrl(draftUrn).setResource(draft).getRequest().setMethod(Bundle.HTTPVerb.POST)
                    .setUrl("DocumentReference").setIfNoneExist(key);
            tx.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(task).getRequest()
                    .setMethod(Bundle.HTTPVerb.POST).setUrl("Task").setIfNoneExist(key);
            Bundle answer = client.transaction().withBundle(tx).execute();
            String taskId = location(answer, 1);
            return read(new IdType(taskId).toUnqualifiedVersionless().getValue());
        });
    }

    @Override
    public List<RemoteReview> queue(HsaId reviewer, List<HsaId> units, int most) throws ExportException {
        return server.call(() -> {
            Map<String, RemoteReview> found = new LinkedHashMap<>();
            List<String> searches = new ArrayList<>();
            searches.add("owner:Practitioner.identifier=" + token(reviewer));
            for (HsaId unit : units) {
                searches.add("owner:Organization.identifier=" + token(unit));
            }
            for (String owner : searches) {
                for (RemoteReview r : search("Task?status=requested&_sort=authored-on&" + owner, most)) {
                    if (r.status() == RemoteReview.Status.REQUESTED && !r.packet().consultation().clinician().hsaId().equals(reviewer)) {
                        found.putIfAbsent(r.taskId(), r);
                    }
                }
            }
            List<RemoteReview> queue = new ArrayList<>(found.values());
            queue.sort(Comparator.comparing((RemoteReview r) -> r.packet().consultation().start()).thenComparing(RemoteReview::taskId));
            return queue.size() > most ? List.copyOf(queue.subList(0, most)) : queue;
        });
    }

    @Override
    public List<RemoteReview> decided(HsaId author) throws ExportException {
        return server.call(() -> search("Task?status=completed,rejected&requester:Practitioner.identifier=" + token(author), Integer.MAX_VALUE)
                .stream().filter(r -> r.status() != RemoteReview.Status.REQUESTED).toList());
    }

    @Override
    public RemoteReview read(String taskId) throws ExportException {
        return server.call(() -> {
            Task task = task(taskId);
            return remote(task, draftOf(task));
        });
    }

    @Override
    public ExportReceipt approve(RemoteReview seen, ApprovedNote approved) throws ExportException {
        FhirServerExporter.NoteEntries entries = server.noteEntries(approved);
        HsaId reviewer = approved.approver().hsaId();
        return server.call(() -> {
            Task task = task(seen.taskId());
            if (!task.getMeta().getVersionId().equals(seen.taskVersion())) {
                if (task.getStatus() == Task.TaskStatus.COMPLETED && reviewer.value().equals(ownerHsa(task))) {
                    // This approval arrived before and its answer was lost: the same note, not a second one.
                    return new ExportReceipt(task.getOutputFirstRep().getValue() instanceof Reference r ? r.getReference() : seen.taskId(), true);
                }
                throw conflict(task);
            }
            DocumentReference draft = draftOf(task);
            Instant now = clock.instant();
            task.setStatus(Task.TaskStatus.COMPLETED).setLastModified(Date.from(now));
            task.setOwner(person(reviewer, approved.approver().name()));
            task.getOutput().clear();
            task.addOutput().setType(new CodeableConcept().setText("approved note"))
                    .setValue(new Reference(entries.documentUrn()));
            draft.setStatus(DocumentReferenceStatus.SUPERSEDED);
            Bundle tx = new Bundle().setType(Bundle.BundleType.TRANSACTION);
            tx.addEntry().setFullUrl(task.getIdElement().toUnqualifiedVersionless().getValue()).setResource(task).getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT).setUrl(task.getIdElement().toUnqualifiedVersionless().getValue())
                    .setIfMatch(etag(seen.taskVersion()));
            entries.addTo(tx, server.patientId(entries.patient()));
            tx.addEntry().setFullUrl(draft.getIdElement().toUnqualifiedVersionless().getValue()).setResource(draft).getRequest()
                    .setMethod(Bundle.HTTPVerb.PUT).setUrl(draft.getIdElement().toUnqualifiedVersionless().getValue());
            try {
                return entries.receipt(client.transaction().withBundle(tx).execute(), 1);
            } catch (ResourceVersionConflictException | PreconditionFailedException e) {
                throw conflict(task(seen.taskId()));
            }
        });
    }

    @Override
    public RemoteReview sendBack(RemoteReview seen, Clinician reviewer, String comment) throws ExportException {
        return server.call(() -> {
            Task task = task(seen.taskId());
            if (!task.getMeta().getVersionId().equals(seen.taskVersion())) {
                if (task.getStatus() == Task.TaskStatus.REJECTED && reviewer.hsaId().value().equals(ownerHsa(task))) {
                    return read(seen.taskId());
                }
                throw conflict(task);
            }
            Instant now = clock.instant();
            task.setStatus(Task.TaskStatus.REJECTED).setLastModified(Date.from(now));
            task.setStatusReason(new CodeableConcept().setText("sent back to the author"));
            task.setOwner(person(reviewer.hsaId(), reviewer.name()));
            task.getNote().clear();
            task.addNote(new Annotation().setText(comment).setTime(Date.from(now)).setAuthor(person(reviewer.hsaId(), reviewer.name())));
            try {
                client.update().resource(task).withId(task.getIdElement().toUnqualifiedVersionless())
                        .withAdditionalHeader("If-Match", etag(seen.taskVersion())).execute();
            } catch (ResourceVersionConflictException | PreconditionFailedException e) {
                throw conflict(task(seen.taskId()));
            }
            return read(seen.taskId());
        });
    }

    /** The Tasks a search finds (up to about {@code most}), each with the draft it is about, following the server's pages. */
    private List<RemoteReview> search(String query, int most) throws ExportException {
        List<RemoteReview> found = new ArrayList<>();
        // no-cache: a server may answer a repeated search from its cache (HAPI for a minute), and a
        // queue must show what was approved or sent back a moment ago.
        Bundle first = client.search().byUrl(query + "&_include=Task:focus&_count=" + Math.min(PAGE, Math.max(1, most)))
                .returnBundle(Bundle.class).withAdditionalHeader("Cache-Control", "no-cache").execute();
        BundlePages.follow(client, first, page -> {
            Map<String, DocumentReference> drafts = new LinkedHashMap<>();
            List<Task> tasks = new ArrayList<>();
            for (Bundle.BundleEntryComponent e : page.getEntry()) {
                IBaseResource r = e.getResource();
                if (r instanceof Task t) {
                    tasks.add(t);
                } else if (r instanceof DocumentReference d) {
                    drafts.put(d.getIdElement().toUnqualifiedVersionless().getValue(), d);
                }
            }
            for (Task t : tasks) {
                DocumentReference d = drafts.get(t.getFocus().getReferenceElement().toUnqualifiedVersionless().getValue());
                if (d != null) {
                    found.add(remote(t, d));
                }
            }
            return found.size() < most;
        });
        return found;
    }

    private RemoteReview remote(Task task, DocumentReference draft) throws ExportException {
        ReviewPacket packet = packet(draft);
        RemoteReview.Status status = switch (task.getStatus()) {
            case COMPLETED -> RemoteReview.Status.APPROVED;
            case REJECTED, CANCELLED, FAILED -> RemoteReview.Status.SENT_BACK;
            default -> RemoteReview.Status.REQUESTED;
        };
        String comment = status == RemoteReview.Status.SENT_BACK && task.hasNote() ? task.getNoteFirstRep().getText() : null;
        HsaId actedBy = null;
        String actedByName = null;
        if (status != RemoteReview.Status.REQUESTED && ownerHsa(task) != null) {
            actedBy = HsaId.of(ownerHsa(task));
            actedByName = task.getOwner().getDisplay();
        }
        Instant changed = task.hasLastModified() ? task.getLastModified().toInstant() : task.getMeta().getLastUpdated().toInstant();
        return new RemoteReview(task.getIdElement().toUnqualifiedVersionless().getValue(), task.getMeta().getVersionId(), packet,
                status, comment, actedBy, actedByName, changed);
    }

    private ReviewPacket packet(DocumentReference draft) throws ExportException {
        for (DocumentReference.DocumentReferenceContentComponent c : draft.getContent()) {
            Attachment a = c.getAttachment();
            if (DocumentReferenceMapper.PACKET_TYPE.equals(a.getContentType()) && a.hasData()) {
                try {
                    return json.read(new String(a.getData(), StandardCharsets.UTF_8), PACKET_KIND, ReviewPacket.class);
                } catch (DocumentFormatException | RuntimeException e) {
                    break;
                }
            }
        }
        throw new ExportException(Problem.SERVER_ANSWER_UNUSABLE, "A draft on the FHIR server " + server.settings().baseUrl().getHost()
                + " carries no readable review packet (" + draft.getIdElement().toUnqualifiedVersionless().getValue() + ")", false, null);
    }

    private ReviewConflictException conflict(Task now) {
        RemoteReview current = null;
        try {
            current = remote(now, draftOf(now));
        } catch (ExportException | RuntimeException e) {
            // the conflict stands; who and when stay unknown
        }
        return new ReviewConflictException("The review request " + now.getIdElement().toUnqualifiedVersionless().getValue()
                + " changed on the server since it was seen (now " + now.getStatus().toCode() + "); nothing was changed", current);
    }

    private Task task(String id) {
        return client.read().resource(Task.class).withId(id).execute();
    }

    /** The draft a request is about, as it stands now. */
    private DocumentReference draftOf(Task task) {
        return client.read().resource(DocumentReference.class).withId(task.getFocus().getReferenceElement().toUnqualifiedVersionless())
                .execute();
    }

    private String ownerHsa(Task task) {
        Identifier id = task.getOwner().getIdentifier();
        return id != null && hsaSystem.equals(id.getSystem()) ? id.getValue() : null;
    }

    /** A Practitioner found, or created, by HSA-id: a real reference (searchable) that also carries the identifier. */
    private Reference person(HsaId hsa, String name) {
        String id = server.storedWith(hsaIdentifier(hsa), i -> {
            Practitioner p = new Practitioner().addIdentifier(i);
            if (name != null) {
                p.addName().setText(name);
            }
            return p;
        });
        return new Reference(id).setIdentifier(hsaIdentifier(hsa)).setDisplay(name);
    }

    private Reference unit(HsaId hsa) {
        return new Reference(server.storedWith(hsaIdentifier(hsa), i -> new Organization().addIdentifier(i)))
                .setIdentifier(hsaIdentifier(hsa));
    }

    private Identifier hsaIdentifier(HsaId hsa) {
        return new Identifier().setSystem(hsaSystem).setValue(hsa.value());
    }

    private String token(HsaId hsa) {
        return hsaSystem + "|" + hsa.value();
    }

    private static String etag(String version) {
        return "W/\"" + version + "\"";
    }

    private String location(Bundle answer, int entry) {
        if (answer == null || answer.getEntry().size() <= entry || !answer.getEntry().get(entry).getResponse().hasLocation()) {
            throw new FhirServerExporter.UnusableAnswer("The FHIR server " + server.settings().baseUrl().getHost()
                    + " answered the review request without saying where it stored it; it stays queued");
        }
        return answer.getEntry().get(entry).getResponse().getLocation();
    }
}
