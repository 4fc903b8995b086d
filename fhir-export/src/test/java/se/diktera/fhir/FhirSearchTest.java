package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

import se.diktera.core.identity.PersonalIdentityNumber;
import se.diktera.core.note.NoteId;
import se.diktera.fhir.server.FhirSearch;
import se.diktera.fhir.server.FhirServerExporter;

class FhirSearchTest {

    @Test
    void integratorsListAPatientsNotesByTypeAndStatus() throws Exception {
        JpaFhirServer server = JpaFhirServer.shared();
        FhirSettings settings = FhirSettings.defaults(server.baseUrl());
        FhirExporters exporters = new FhirExporters(ForkJoinPool.commonPool());
        FhirServerExporter exporter = exporters.server(settings);
        NoteId id = NoteId.random();
        Instant at = Instant.parse("2026-11-20T09:00:00Z");
        exporter.export(TestNotes.approved("261123-1230", id, 1, "sv-journal", at));
        exporter.export(TestNotes.approved("261123-1230", id, 2, "sv-journal", at.plusSeconds(60)));
        exporter.export(TestNotes.approved("261123-1230", NoteId.random(), 1, "en-hp", at.plusSeconds(120)));
        FhirSearch search = exporters.search(settings);
        PersonalIdentityNumber patient = PersonalIdentityNumber.parse("261123-1230", java.time.LocalDate.of(2026, 11, 23));

        assertThat(search.notesOf(patient, null, null)).hasSize(3);
        assertThat(search.notesOf(patient, "11506-3", "current")).singleElement()
                .satisfies(f -> assertThat(f.identifier()).isEqualTo(id + "/v2"));
        assertThat(search.notesOf(patient, null, "superseded")).singleElement()
                .satisfies(f -> assertThat(f.docStatus()).isEqualTo("final"));
        assertThat(search.notesOf(patient, "34117-2", null)).hasSize(1);
    }
}
