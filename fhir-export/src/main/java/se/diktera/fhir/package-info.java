/**
 * Approved notes as FHIR R4 DocumentReference resources: mapping, validation, a durable outbox,
 * file export. Implements core's {@code NoteExporter}. Not built yet: see the FHIR export issue.
 */
package se.diktera.fhir;
