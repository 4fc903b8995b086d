package se.diktera.app.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.diktera.core.people.HsaId;
import se.diktera.core.store.RetentionPolicy;
import se.diktera.fhir.ClientTls;
import se.diktera.fhir.FhirSettings;

/**
 * What an administrator sets for this device: the client's language and theme, where approved
 * notes go (a FHIR server, a folder, or both unset: they wait in the outbox), the identifier
 * systems the region's server expects, and how long exported data is kept. Holds no secret: the
 * server's bearer token comes from the environment ({@value #TOKEN_VARIABLE}).
 *
 * @param fhirServer   the FHIR R4 base; https unless it is this machine; null for none
 * @param exportFolder where Bundle files are written when there is no server; null for none
 * @param careUnit     the care unit that keeps the notes (the custodian); null when not set
 * @param clipboardClearAfter how long a note copied for the EHR stays on the clipboard (zero: until
 *                            something else is copied); {@link #DEFAULT_CLIPBOARD_CLEAR} when not set
 * @param review       where review happens; {@link ReviewPlace#DEVICE} when not set
 * @param clientCertificate   for a server that asks for mutual TLS: the device's certificate and key
 *                            (PKCS#12; its password from {@value #CERTIFICATE_PASSWORD_VARIABLE}); null for none
 * @param trustedCertificates the region's certificate authorities (PEM) when the server's certificate is
 *                            not one the JDK trusts; null for the JDK's
 */
public record ClientSettings(
        String language,
        String theme,
        URI fhirServer,
        Path exportFolder,
        String personnummerSystem,
        String samordningsnummerSystem,
        String hsaIdSystem,
        Duration keepAudio,
        Duration keepNotes,
        Duration clipboardClearAfter,
        CareUnit careUnit,
        ReviewPlace review,
        Path clientCertificate,
        Path trustedCertificates) {

    /**
     * Where four-eyes review happens: on this device (author and reviewer sign in on it in turn) or
     * through the region's FHIR server, each on their own device (the draft goes to the care unit's
     * reviewers; needs a server and a care unit).
     */
    public enum ReviewPlace { DEVICE, SERVER }

    /**
     * The care unit that keeps the notes written on this device: the DocumentReference's custodian.
     *
     * @param hsaId the unit's HSA-id; {@code name} may be null
     */
    public record CareUnit(HsaId hsaId, String name) {

        public CareUnit {
            Objects.requireNonNull(hsaId, "hsaId");
            name = name == null || name.isBlank() ? null : name.strip();
        }
    }

    public static final Duration DEFAULT_CLIPBOARD_CLEAR = Duration.ofMinutes(2);
    /** The longest a copied note may stay on the clipboard before it is cleared. */
    public static final Duration MAX_CLIPBOARD_CLEAR_AFTER = Duration.ofHours(1);

    public static final String TOKEN_VARIABLE = "DIKTERA_FHIR_TOKEN";
    public static final String CERTIFICATE_PASSWORD_VARIABLE = "DIKTERA_CLIENT_CERT_PASSWORD";
    public static final Set<String> LANGUAGES = Set.of("sv", "en");
    public static final Set<String> THEMES = Set.of("light", "dark");

    public ClientSettings {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("The language must be one of " + LANGUAGES + ", not " + language);
        }
        if (!THEMES.contains(theme)) {
            throw new IllegalArgumentException("The theme must be one of " + THEMES + ", not " + theme);
        }
        requireSystem(personnummerSystem, "personnummer");
        requireSystem(samordningsnummerSystem, "samordningsnummer");
        requireSystem(hsaIdSystem, "HSA-id");
        Objects.requireNonNull(keepAudio, "keepAudio");
        Objects.requireNonNull(keepNotes, "keepNotes");
        new RetentionPolicy(keepAudio, keepNotes);
        if (clipboardClearAfter == null) {
            clipboardClearAfter = DEFAULT_CLIPBOARD_CLEAR;
        }
        if (clipboardClearAfter.isNegative() || clipboardClearAfter.compareTo(MAX_CLIPBOARD_CLEAR_AFTER) > 0) {
            throw new IllegalArgumentException("The clipboard is cleared after 0 s to 1 h, not " + clipboardClearAfter);
        }
        if (fhirServer != null) {
            FhirSettings.defaults(fhirServer);
        }
        if (review == null) {
            review = ReviewPlace.DEVICE;
        }
        if (review == ReviewPlace.SERVER && (fhirServer == null || careUnit == null)) {
            throw new IllegalArgumentException("Review through the server needs a FHIR server and a care unit");
        }
    }

    /** Swedish, light, no destination yet, the Swedish identifier systems, the default retention. */
    public static ClientSettings defaults() {
        return new ClientSettings("sv", "light", null, null, FhirSettings.OID_PERSONNUMMER, FhirSettings.OID_SAMORDNINGSNUMMER,
                FhirSettings.OID_HSA_ID, RetentionPolicy.DEFAULT.audioAfterExport(), RetentionPolicy.DEFAULT.documentsAfterExport(),
                DEFAULT_CLIPBOARD_CLEAR, null, ReviewPlace.DEVICE, null, null);
    }

    public ClientSettings withLanguage(String value) {
        return new ClientSettings(value, theme, fhirServer, exportFolder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, keepAudio, keepNotes, clipboardClearAfter, careUnit, review, clientCertificate, trustedCertificates);
    }

    public ClientSettings withTheme(String value) {
        return new ClientSettings(language, value, fhirServer, exportFolder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, keepAudio, keepNotes, clipboardClearAfter, careUnit, review, clientCertificate, trustedCertificates);
    }

    public ClientSettings withDestination(URI server, Path folder) {
        return new ClientSettings(language, theme, server, folder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, keepAudio, keepNotes, clipboardClearAfter, careUnit, review, clientCertificate, trustedCertificates);
    }

    public ClientSettings withRetention(Duration audio, Duration notes) {
        return new ClientSettings(language, theme, fhirServer, exportFolder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, audio, notes, clipboardClearAfter, careUnit, review, clientCertificate, trustedCertificates);
    }

    public ClientSettings withClipboardClearAfter(Duration value) {
        return new ClientSettings(language, theme, fhirServer, exportFolder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, keepAudio, keepNotes, value, careUnit, review, clientCertificate, trustedCertificates);
    }

    public ClientSettings withCareUnit(CareUnit value) {
        return new ClientSettings(language, theme, fhirServer, exportFolder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, keepAudio, keepNotes, clipboardClearAfter, value, review, clientCertificate, trustedCertificates);
    }

    public ClientSettings withReview(ReviewPlace value) {
        return new ClientSettings(language, theme, fhirServer, exportFolder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, keepAudio, keepNotes, clipboardClearAfter, careUnit, value, clientCertificate, trustedCertificates);
    }

    public ClientSettings withTls(Path certificate, Path trusted) {
        return new ClientSettings(language, theme, fhirServer, exportFolder, personnummerSystem, samordningsnummerSystem,
                hsaIdSystem, keepAudio, keepNotes, clipboardClearAfter, careUnit, review, certificate, trusted);
    }

    /**
     * Mutual TLS as set, with the certificate's password from the environment; null when neither
     * a client certificate nor trusted certificates are set.
     */
    public ClientTls tls() {
        return clientCertificate == null && trustedCertificates == null ? null
                : new ClientTls(clientCertificate, System.getenv(CERTIFICATE_PASSWORD_VARIABLE), trustedCertificates);
    }

    /** Whether drafts go to reviewers on other devices through the server. */
    public boolean reviewsOnServer() {
        return review == ReviewPlace.SERVER;
    }

    public RetentionPolicy retention() {
        return new RetentionPolicy(keepAudio, keepNotes);
    }

    /** The exchange settings for {@code server} (or none) with this device's identifier systems. */
    public FhirSettings fhir(URI server, String bearerToken) {
        FhirSettings d = FhirSettings.defaults(server);
        return new FhirSettings(server, bearerToken, d.connectTimeout(), d.readTimeout(), personnummerSystem,
                samordningsnummerSystem, hsaIdSystem, d.noteVersionSystem(), careUnit == null ? null : careUnit.hsaId().value(),
                careUnit == null ? null : careUnit.name(), null, Map.of(), server == null ? null : tls());
    }

    private static void requireSystem(String system, String what) {
        if (system == null || !(system.startsWith("urn:oid:") || system.startsWith("https://") || system.startsWith("http://"))) {
            throw new IllegalArgumentException("The " + what + " system must be a urn:oid: or an http(s) URI");
        }
    }
}
