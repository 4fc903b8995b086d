package se.diktera.core.engine;

/**
 * Where an exported note ended up.
 *
 * @param location       a resource URL or a file path
 * @param alreadyPresent true when the destination already had this note version (a retry)
 */
public record ExportReceipt(String location, boolean alreadyPresent) {
}
