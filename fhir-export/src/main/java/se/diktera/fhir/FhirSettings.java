package se.diktera.fhir;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How a site exchanges notes: the FHIR server and the identifier systems it expects (Swedish
 * systems disagree). Only approved notes leave the device: there is no preliminary exchange.
 *
 * @param baseUrl            the FHIR R4 base, e.g. https://fhir.regionjh.se/fhir; null for file export only
 * @param bearerToken        sent as {@code Authorization: Bearer}; null for none
 * @param custodianHsaId     the care unit that keeps the note, or null
 * @param npoCodingSystem    the system the region writes KV Anteckningstyp with (usually
 *                           {@code urn:oid:1.2.752.129.2.2.2.11}); a note is then also typed bes
 *                           (Besöksanteckning) or auf (Anteckning utan fysiskt möte) by its contact; null leaves it out
 * @param documentTypes      the LOINC document type of each note template (template id to code), as the
 *                           templates say; a template not in it is typed by {@code DocumentTypes}' defaults
 * @param tls                mutual TLS (a client certificate, the region's authorities); null for plain server TLS
 */
public record FhirSettings(
        URI baseUrl,
        String bearerToken,
        Duration connectTimeout,
        Duration readTimeout,
        String personnummerSystem,
        String samordningsnummerSystem,
        String hsaIdSystem,
        String noteVersionSystem,
        String custodianHsaId,
        String custodianName,
        String npoCodingSystem,
        Map<String, String> documentTypes,
        ClientTls tls) {

    public static final String OID_PERSONNUMMER = "urn:oid:1.2.752.129.2.1.3.1";
    public static final String OID_SAMORDNINGSNUMMER = "urn:oid:1.2.752.129.2.1.3.3";
    public static final String OID_HSA_ID = "urn:oid:1.2.752.129.2.1.4.1";
    public static final String NOTE_VERSION_SYSTEM = "https://diktera.se/fhir/sid/note-version";

    public FhirSettings {
        Objects.requireNonNull(personnummerSystem, "personnummerSystem");
        Objects.requireNonNull(samordningsnummerSystem, "samordningsnummerSystem");
        Objects.requireNonNull(hsaIdSystem, "hsaIdSystem");
        Objects.requireNonNull(noteVersionSystem, "noteVersionSystem");
        documentTypes = documentTypes == null ? Map.of() : Map.copyOf(documentTypes);
        if (baseUrl != null) {
            requireTlsUnlessLoopback(baseUrl);
        }
    }

    /** The Swedish defaults, with this server. */
    public static FhirSettings defaults(URI baseUrl) {
        return new FhirSettings(baseUrl, null, Duration.ofSeconds(10), Duration.ofSeconds(30), OID_PERSONNUMMER,
                OID_SAMORDNINGSNUMMER, OID_HSA_ID, NOTE_VERSION_SYSTEM, null, null, null, Map.of(), null);
    }

    public FhirSettings withBearerToken(String token) {
        return new FhirSettings(baseUrl, token, connectTimeout, readTimeout, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, noteVersionSystem, custodianHsaId, custodianName, npoCodingSystem, documentTypes, tls);
    }

    public FhirSettings withCustodian(String hsaId, String name) {
        return new FhirSettings(baseUrl, bearerToken, connectTimeout, readTimeout, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, noteVersionSystem, hsaId, name, npoCodingSystem, documentTypes, tls);
    }

    /** As these settings, typing each template's notes with the LOINC code the template gives. */
    public FhirSettings withDocumentTypes(Map<String, String> byTemplate) {
        return new FhirSettings(baseUrl, bearerToken, connectTimeout, readTimeout, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, noteVersionSystem, custodianHsaId, custodianName, npoCodingSystem, byTemplate, tls);
    }

    /** As these settings, with mutual TLS (or none). */
    public FhirSettings withTls(ClientTls value) {
        return new FhirSettings(baseUrl, bearerToken, connectTimeout, readTimeout, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, noteVersionSystem, custodianHsaId, custodianName, npoCodingSystem, documentTypes, value);
    }

    /**
     * Whether {@code host} names this machine: "localhost", the IPv6 loopback, or an IPv4 address
     * 127.x.y.z written as four numbers. A name that merely starts with "127." ("127.evil.example")
     * is some other machine.
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost") || host.equals("[::1]") || host.equals("::1")) {
            return true;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String p : parts) {
            if (!p.matches("\\d{1,3}") || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Patient data goes to the server over TLS only; plain HTTP is allowed to this machine alone. */
    static void requireTlsUnlessLoopback(URI url) {
        if (!"https".equalsIgnoreCase(url.getScheme()) && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("The FHIR server must be reached over https (" + url.getHost()
                    + " is not this machine); plain http is allowed to localhost only");
        }
    }
}
