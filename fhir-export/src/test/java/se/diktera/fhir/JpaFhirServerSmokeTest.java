package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;

class JpaFhirServerSmokeTest {

    @Test
    void theServerAnswersItsCapabilityStatement() throws Exception {
        JpaFhirServer server = JpaFhirServer.shared();

        CapabilityStatement cs = server.fhirContext().newRestfulGenericClient(server.baseUrl().toString())
                .capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(cs.getRest().get(0).getResource()).anyMatch(r -> r.getType().equals("DocumentReference"));
    }
}
