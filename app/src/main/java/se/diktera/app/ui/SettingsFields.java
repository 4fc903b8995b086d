package se.diktera.app.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import se.diktera.app.Messages;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.people.HsaId;
import se.diktera.fhir.FhirSettings;

/** The settings screen's fields read as values; a field that does not hold says so in the user's language. */
final class SettingsFields {

    /** Identifier systems Swedish care uses, by the name people know them by (the OID is the detail). */
    private static final Map<String, String> KNOWN_SYSTEMS = Map.of(
            FhirSettings.OID_PERSONNUMMER, "ui.settings.system.personnummer",
            FhirSettings.OID_SAMORDNINGSNUMMER, "ui.settings.system.samordningsnummer",
            FhirSettings.OID_HSA_ID, "ui.settings.system.hsa");

    /** A field that does not hold, said in the user's language. */
    static final class NotValid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient String text;

        NotValid(String text) {
            super("not valid");
            this.text = text;
        }

        String text() {
            return text;
        }
    }

    private final Messages messages;

    SettingsFields(Messages messages) {
        this.messages = messages;
    }

    /** The name of a known identifier system, e.g. "Personnummer (Skatteverket)"; empty for others. */
    Optional<String> systemName(String system) {
        return Optional.ofNullable(system == null ? null : KNOWN_SYSTEMS.get(system.strip())).map(messages::get);
    }

    static boolean needsHttps(String server) {
        return !server.isEmpty() && !server.startsWith("https://") && !plainHttpToThisMachine(server);
    }

    private static boolean plainHttpToThisMachine(String server) {
        try {
            URI uri = new URI(server);
            return "http".equals(uri.getScheme()) && FhirSettings.isLoopback(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    Duration clipboardSeconds(String text) {
        try {
            Duration d = Duration.ofSeconds(Long.parseUnsignedLong(text.strip()));
            if (d.compareTo(ClientSettings.MAX_CLIPBOARD_CLEAR_AFTER) > 0) {
                throw new NotValid(messages.get("ui.settings.clipboardRange", ClientSettings.MAX_CLIPBOARD_CLEAR_AFTER.toSeconds()));
            }
            return d;
        } catch (NumberFormatException e) {
            throw new NotValid(messages.get("ui.settings.notSeconds", text));
        }
    }

    Duration days(String text) {
        try {
            long d = Long.parseLong(text.strip());
            if (d < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(d);
        } catch (NumberFormatException e) {
            throw new NotValid(messages.get("ui.settings.notDays", text));
        }
    }

    String system(String value) {
        String s = value == null ? "" : value.strip();
        if (!(s.startsWith("urn:oid:") || s.startsWith("https://") || s.startsWith("http://"))) {
            throw new NotValid(messages.get("ui.settings.notASystem", s));
        }
        return s;
    }

    /** The care unit, or null when no HSA-id is given; an HSA-id that is none does not hold. */
    ClientSettings.CareUnit careUnit(String hsaId, String name) {
        if (hsaId == null || hsaId.isBlank()) {
            return null;
        }
        try {
            return new ClientSettings.CareUnit(new HsaId(hsaId.strip()), name);
        } catch (IllegalArgumentException e) {
            throw new NotValid(messages.get("ui.settings.notAnHsaId", hsaId.strip()));
        }
    }

    /** The server's address; a text that is no URL does not hold. */
    URI server(String text) {
        try {
            return blankToNull(text, URI::create);
        } catch (IllegalArgumentException e) {
            throw new NotValid(messages.get("ui.settings.notAUrl", text.strip()));
        }
    }

    static <T> T blankToNull(String text, Function<String, T> parse) {
        return text == null || text.isBlank() ? null : parse.apply(text.strip());
    }
}
