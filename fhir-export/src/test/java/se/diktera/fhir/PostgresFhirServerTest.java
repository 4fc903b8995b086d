package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;

/**
 * The HAPI FHIR JPA server on a real PostgreSQL does what cross-device review relies on: tasks
 * found by their owner's HSA-id (a logical reference), drafts kept out of a search by their tag,
 * and an update refused when the version it was made on is no longer the newest (HAPI answers 409,
 * the specification 412: Diktera takes both as a conflict).
 */
class PostgresFhirServerTest {

    private static final String HSA = "urn:oid:1.2.752.29.4.19";
    private static JpaFhirServer server;
    private static IGenericClient client;

    @BeforeAll
    static void start() throws Exception {
        server = JpaFhirServer.sharedOnPostgres();
        client = server.fhirContext().newRestfulGenericClient(server.baseUrl().toString());
    }

    @Test
    void findsTasksByTheirOwnersIdentifier() {
        Practitioner reviewer = new Practitioner();
        reviewer.addIdentifier(new Identifier().setSystem(HSA).setValue("SE2321000016-R001"));
        String reviewerId = client.create().resource(reviewer).execute().getId().toUnqualifiedVersionless().getValue();
        Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER);
        task.setOwner(new Reference(reviewerId));
        client.create().resource(task).execute();

        Bundle mine = client.search().byUrl("Task?owner:Practitioner.identifier=" + HSA + "|SE2321000016-R001&status=requested")
                .returnBundle(Bundle.class).execute();
        Bundle others = client.search().byUrl("Task?owner:Practitioner.identifier=" + HSA + "|SE2321000016-R999")
                .returnBundle(Bundle.class).execute();

        assertThat(mine.getEntry()).hasSize(1);
        assertThat(others.getEntry()).isEmpty();
    }

    @Test
    void keepsTaggedDraftsOutOfASearch() {
        DocumentReference draft = new DocumentReference().setStatus(DocumentReferenceStatus.CURRENT);
        draft.addIdentifier().setSystem("urn:test").setValue("tagged");
        draft.getMeta().addTag("urn:test:stage", "draft", null);
        client.create().resource(draft).execute();
        DocumentReference note = new DocumentReference().setStatus(DocumentReferenceStatus.CURRENT);
        note.addIdentifier().setSystem("urn:test").setValue("untagged");
        client.create().resource(note).execute();

        Bundle found = client.search().byUrl("DocumentReference?identifier=urn:test|&_tag:not=urn:test:stage|draft")
                .returnBundle(Bundle.class).execute();

        assertThat(found.getEntry()).extracting(e -> ((DocumentReference) e.getResource()).getIdentifierFirstRep().getValue())
                .containsExactly("untagged");
    }

    @Test
    void refusesATransactionMadeOnAnOlderVersion() {
        Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER);
        String id = client.create().resource(task).execute().getId().toUnqualifiedVersionless().getValue();
        Task seen = client.read().resource(Task.class).withId(id).execute();
        Task first = seen.copy().setStatus(Task.TaskStatus.COMPLETED);
        Task second = seen.copy().setStatus(Task.TaskStatus.REJECTED);

        client.transaction().withBundle(update(first, seen.getMeta().getVersionId())).execute();

        assertThatThrownBy(() -> client.transaction().withBundle(update(second, seen.getMeta().getVersionId())).execute())
                .isInstanceOfAny(ResourceVersionConflictException.class, PreconditionFailedException.class);
        assertThat(client.read().resource(Task.class).withId(id).execute().getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
    }

    private static Bundle update(Task task, String version) {
        Bundle b = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        b.addEntry().setResource(task).getRequest().setMethod(Bundle.HTTPVerb.PUT)
                .setUrl(task.getIdElement().toUnqualifiedVersionless().getValue()).setIfMatch("W/\"" + version + "\"");
        return b;
    }
}
