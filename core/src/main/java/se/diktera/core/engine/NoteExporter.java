package se.diktera.core.engine;

/** Sends an approved note somewhere outside the app: a FHIR server, or files. */
public interface NoteExporter {

    /** Exporting the same note version twice must not create two copies at the destination. */
    ExportReceipt export(ApprovedNote note) throws ExportException;
}
