package se.diktera.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
        PersonalIdentityNumber patient = PersonalIdentityNumber.parse("261123-1230", LocalDate.of(2026, 11, 23));

        assertThat(search.notesOf(patient, null, null)).hasSize(3);
        assertThat(search.notesOf(patient, "11506-3", "current")).singleElement()
                .satisfies(f -> assertThat(f.identifier()).isEqualTo(id + "/v2"));
        assertThat(search.notesOf(patient, null, "superseded")).singleElement()
                .satisfies(f -> assertThat(f.docStatus()).isEqualTo("final"));
        assertThat(search.notesOf(patient, "11506-3", "current")).singleElement().satisfies(f -> {
            assertThat(f.docStatus()).as("an amendment").isEqualTo("amended");
            assertThat(f.replaces()).isEqualTo(id + "/v1");
        });
        assertThat(search.notesOf(patient, "34117-2", null)).hasSize(1);
    }

    @Test
    void everyPageIsReadAndDatesNarrowTheSearch() throws Exception {
        JpaFhirServer server = JpaFhirServer.shared();
        FhirSettings settings = FhirSettings.defaults(server.baseUrl());
        FhirExporters exporters = new FhirExporters(ForkJoinPool.commonPool());
        FhirServerExporter exporter = exporters.server(settings);
        Instant at = Instant.parse("2026-11-10T09:00:00Z");
        for (int day = 0; day < 5; day++) {
            exporter.export(TestNotes.approved("261110-1235", NoteId.random(), 1, "sv-journal", at.plus(Duration.ofDays(day))));
        }
        PersonalIdentityNumber patient = PersonalIdentityNumber.parse("261110-1235", LocalDate.of(2026, 11, 23));
        FhirSearch twoAPage = exporters.search(settings, 2);

        assertThat(twoAPage.notesOf(patient, FhirSearch.Criteria.ALL)).as("three pages").hasSize(5)
                .extracting(FhirSearch.Found::date).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(twoAPage.notesOf(patient, new FhirSearch.Criteria(null, null, LocalDate.of(2026, 11, 12), null))).hasSize(3);
        assertThat(twoAPage.notesOf(patient, new FhirSearch.Criteria(null, null, null, Instant.now().plus(Duration.ofHours(1)))))
                .as("none changed since an hour from now").isEmpty();
    }
}
