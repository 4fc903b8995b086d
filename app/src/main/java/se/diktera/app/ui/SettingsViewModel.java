package se.diktera.app.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.audit.AuditEvent;
import se.diktera.core.store.StoreSession;
import se.diktera.fhir.FhirSettings;
import se.diktera.models.InstalledModel;
import se.diktera.models.ModelKind;

/**
 * The administrator's settings: installed models and importing the region's, where approved notes
 * go, the identifier systems, retention (in days) and language. Nothing is saved until Save, and
 * a value that does not hold is reported, not half-saved.
 */
public final class SettingsViewModel {

    private final AppContext context;
    private final StoreSession session;
    private final Messages messages;
    private final Executor background;
    private final Executor fx;
    private ClientSettings current;
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty theme = new SimpleStringProperty();
    private final StringProperty fhirServer = new SimpleStringProperty();
    private final StringProperty exportFolder = new SimpleStringProperty();
    private final StringProperty personnummerSystem = new SimpleStringProperty();
    private final StringProperty samordningsnummerSystem = new SimpleStringProperty();
    private final StringProperty hsaIdSystem = new SimpleStringProperty();
    private final StringProperty keepAudioDays = new SimpleStringProperty();
    private final StringProperty keepNotesDays = new SimpleStringProperty();
    private final StringProperty clipboardSeconds = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final ObservableList<String> models = FXCollections.observableArrayList();

    public SettingsViewModel(AppContext context, StoreSession session, Messages messages, Executor background, Executor fx)
            throws Exception {
        this.context = context;
        this.session = session;
        this.messages = messages;
        this.background = background;
        this.fx = fx;
        show(context.settings().load());
        refreshModels();
    }

    private void show(ClientSettings s) {
        current = s;
        language.set(s.language());
        theme.set(s.theme());
        fhirServer.set(s.fhirServer() == null ? "" : s.fhirServer().toString());
        exportFolder.set(s.exportFolder() == null ? "" : s.exportFolder().toString());
        personnummerSystem.set(s.personnummerSystem());
        samordningsnummerSystem.set(s.samordningsnummerSystem());
        hsaIdSystem.set(s.hsaIdSystem());
        keepAudioDays.set(Long.toString(s.keepAudio().toDays()));
        keepNotesDays.set(Long.toString(s.keepNotes().toDays()));
        clipboardSeconds.set(Long.toString(s.clipboardClearAfter().toSeconds()));
    }

    public StringProperty language() {
        return language;
    }

    public StringProperty theme() {
        return theme;
    }

    public StringProperty fhirServer() {
        return fhirServer;
    }

    public StringProperty exportFolder() {
        return exportFolder;
    }

    public StringProperty personnummerSystem() {
        return personnummerSystem;
    }

    public StringProperty samordningsnummerSystem() {
        return samordningsnummerSystem;
    }

    public StringProperty hsaIdSystem() {
        return hsaIdSystem;
    }

    public StringProperty keepAudioDays() {
        return keepAudioDays;
    }

    public StringProperty keepNotesDays() {
        return keepNotesDays;
    }

    /** How many seconds a note copied for the EHR stays on the clipboard. */
    public StringProperty clipboardSeconds() {
        return clipboardSeconds;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty importing() {
        return importing;
    }

    /** Installed models, one line each: id, language, kind. */
    public ObservableList<String> models() {
        return models;
    }

    public ClientSettings current() {
        return current;
    }

    private static boolean plainHttpToThisMachine(String server) {
        try {
            URI uri = new URI(server);
            return "http".equals(uri.getScheme()) && FhirSettings.isLoopback(uri.getHost());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Saves what is on the screen; returns the settings now in force (unchanged if something did not hold). */
    public ClientSettings save() {
        String server = fhirServer.get() == null ? "" : fhirServer.get().strip();
        if (!server.isEmpty() && !server.startsWith("https://") && !plainHttpToThisMachine(server)) {
            status.set(messages.get("ui.settings.needsHttps"));
            return current;
        }
        try {
            ClientSettings changed = new ClientSettings(language.get(), theme.get(), blankToNull(fhirServer.get(), URI::create),
                    blankToNull(exportFolder.get(), Path::of), system(personnummerSystem),
                    system(samordningsnummerSystem), system(hsaIdSystem), days(keepAudioDays.get()),
                    days(keepNotesDays.get()), seconds(clipboardSeconds.get()));
            Map<String, String> fields = context.settings().save(session, changed);
            current = changed;
            status.set(messages.get("ui.settings.saved", fields.size()));
        } catch (IllegalArgumentException e) {
            status.set(messages.get("ui.settings.invalid", e.getMessage()));
        } catch (Exception e) {
            status.set(messages.get("ui.review.failed", e.getMessage()));
        }
        return current;
    }

    /** Imports a model folder or zip for {@code lang}, off the FX thread; the list shows it when done. */
    public CompletableFuture<InstalledModel> importModel(Path source, String lang, ModelKind kind) {
        importing.set(true);
        status.set(messages.get("ui.settings.importing", source.getFileName()));
        return BackgroundWork.supply(() -> {
            InstalledModel m = kind == ModelKind.NOTE ? context.modelStore().importNoteModel(source, lang, null)
                    : context.modelStore().importSpeechModel(source, lang, null);
            session.audit().append(AuditEvent.of(context.clock().instant(), session.user().hsaId().value(),
                    AuditAction.CONFIGURE, "model", 1, Map.of("imported", m.id(), "language", lang)));
            return m;
        }, background).handleAsync((m, failure) -> {
            importing.set(false);
            if (failure != null) {
                status.set(messages.get("ui.settings.importFailed", BackgroundWork.cause(failure).getMessage()));
                return null;
            }
            refreshModels();
            status.set(messages.get("ui.settings.imported", m.id()));
            return m;
        }, fx);
    }

    private void refreshModels() {
        models.setAll(context.modelStore().installed().stream()
                .map(m -> messages.get("ui.settings.model", m.id(), m.language(), m.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .toList());
        if (models.isEmpty()) {
            models.add(messages.get("ui.settings.noModels"));
        }
    }

    private Duration seconds(String text) {
        try {
            return Duration.ofSeconds(Long.parseUnsignedLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("ui.settings.notSeconds", text));
        }
    }

    private Duration days(String text) {
        try {
            long d = Long.parseLong(text.strip());
            if (d < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofDays(d);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("ui.settings.notDays", text));
        }
    }

    private String system(StringProperty value) {
        String s = value.get() == null ? "" : value.get().strip();
        if (!(s.startsWith("urn:oid:") || s.startsWith("https://") || s.startsWith("http://"))) {
            throw new IllegalArgumentException(messages.get("ui.settings.notASystem", s));
        }
        return s;
    }

    private static <T> T blankToNull(String text, java.util.function.Function<String, T> parse) {
        return text == null || text.isBlank() ? null : parse.apply(text.strip());
    }
}
