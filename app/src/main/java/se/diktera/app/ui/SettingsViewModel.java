package se.diktera.app.ui;

import java.nio.file.Path;
import java.util.Locale;
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
import se.diktera.app.NoteAudit;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.audit.AuditAction;
import se.diktera.core.store.StoreSession;
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
    private final ProblemText problems;
    private final SettingsFields fields;
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
    private final StringProperty careUnitHsaId = new SimpleStringProperty();
    private final StringProperty careUnitName = new SimpleStringProperty();
    private final BooleanProperty reviewOnServer = new SimpleBooleanProperty(false);
    private final StringProperty clientCertificate = new SimpleStringProperty();
    private final StringProperty trustedCertificates = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final ObservableList<String> models = FXCollections.observableArrayList();

    public SettingsViewModel(AppContext context, StoreSession session, Messages messages, Executor background, Executor fx)
            throws Exception {
        this.context = context;
        this.session = session;
        this.messages = messages;
        this.problems = new ProblemText(messages);
        this.fields = new SettingsFields(messages);
        // An https complaint goes when the address it was about is changed or emptied.
        fhirServer.addListener((obs, old, now) -> {
            if (messages.get("ui.settings.needsHttps").equals(status.get())) {
                status.set("");
            }
        });
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
        careUnitHsaId.set(s.careUnit() == null ? "" : s.careUnit().hsaId().value());
        careUnitName.set(s.careUnit() == null || s.careUnit().name() == null ? "" : s.careUnit().name());
        reviewOnServer.set(s.reviewsOnServer());
        clientCertificate.set(s.clientCertificate() == null ? "" : s.clientCertificate().toString());
        trustedCertificates.set(s.trustedCertificates() == null ? "" : s.trustedCertificates().toString());
    }

    /** The device's client certificate (PKCS#12) for a server that asks for mutual TLS; empty for none. */
    public StringProperty clientCertificate() {
        return clientCertificate;
    }

    /** The region's certificate authorities (PEM) when the server's certificate is not one the JDK trusts; empty for the JDK's. */
    public StringProperty trustedCertificates() {
        return trustedCertificates;
    }

    /** Whether drafts go to the care unit's reviewers on their own devices, through the FHIR server. */
    public BooleanProperty reviewOnServer() {
        return reviewOnServer;
    }

    /** The HSA-id of the care unit that keeps the notes (the custodian the FHIR server is told). */
    public StringProperty careUnitHsaId() {
        return careUnitHsaId;
    }

    public StringProperty careUnitName() {
        return careUnitName;
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

    /** What an identifier system is called, when it is one Swedish care uses; empty otherwise. */
    public String systemName(String system) {
        return fields.systemName(system).orElse("");
    }

    /**
     * Saves what is on the screen, off the FX thread; the future gives the settings now in force
     * (unchanged if something did not hold, the status line then says what).
     */
    public CompletableFuture<ClientSettings> save() {
        String server = fhirServer.get() == null ? "" : fhirServer.get().strip();
        if (SettingsFields.needsHttps(server)) {
            status.set(messages.get("ui.settings.needsHttps"));
            return CompletableFuture.completedFuture(current);
        }
        if (reviewOnServer.get() && (server.isEmpty() || careUnitHsaId.get() == null || careUnitHsaId.get().isBlank())) {
            status.set(messages.get("ui.settings.reviewNeedsServer"));
            return CompletableFuture.completedFuture(current);
        }
        ClientSettings changed;
        try {
            changed = new ClientSettings(language.get(), theme.get(), fields.server(fhirServer.get()),
                    SettingsFields.blankToNull(exportFolder.get(), Path::of), fields.system(personnummerSystem.get()),
                    fields.system(samordningsnummerSystem.get()), fields.system(hsaIdSystem.get()),
                    fields.days(keepAudioDays.get()), fields.days(keepNotesDays.get()),
                    fields.clipboardSeconds(clipboardSeconds.get()), fields.careUnit(careUnitHsaId.get(), careUnitName.get()),
                    reviewOnServer.get() ? ClientSettings.ReviewPlace.SERVER : ClientSettings.ReviewPlace.DEVICE,
                    SettingsFields.blankToNull(clientCertificate.get(), Path::of), SettingsFields.blankToNull(trustedCertificates.get(), Path::of));
        } catch (SettingsFields.NotValid e) {
            status.set(messages.get("ui.settings.invalid", e.text()));
            return CompletableFuture.completedFuture(current);
        } catch (IllegalArgumentException e) {
            // an address the FHIR settings cannot use (no host, say)
            status.set(messages.get("ui.settings.invalid", messages.get("ui.settings.notAUrl", server)));
            return CompletableFuture.completedFuture(current);
        }
        return BackgroundTask.of(() -> context.settings().save(session, changed))
                .onSuccess(changedFields -> {
                    current = changed;
                    status.set(messages.get("ui.settings.saved", changedFields.size()));
                })
                .onFailure(failure -> status.set(problems.on("ui.settings.saveFailed", failure)))
                .run(background, fx)
                .thenApply(changedFields -> current);
    }

    /** Imports a model folder or zip for {@code lang}, off the FX thread; the list shows it when done. */
    public CompletableFuture<InstalledModel> importModel(Path source, String lang, ModelKind kind) {
        return BackgroundTask.of(() -> {
            InstalledModel m = kind == ModelKind.NOTE ? context.modelStore().importNoteModel(source, lang, null)
                    : context.modelStore().importSpeechModel(source, lang, null);
            new NoteAudit(session, context.clock()).recordAbout(AuditAction.CONFIGURE, "model",
                    Map.of("imported", m.id(), "language", lang));
            return m;
        }).onRunning(() -> {
            importing.set(true);
            status.set(messages.get("ui.settings.importing", source.getFileName()));
        }).onSuccess(m -> {
            refreshModels();
            status.set(messages.get("ui.settings.imported", m.id()));
        }).onFailure(failure -> status.set(problems.on("ui.settings.importFailed", failure)))
                .onFinished(() -> importing.set(false))
                .run(background, fx);
    }

    private void refreshModels() {
        models.setAll(context.modelStore().installed().stream()
                .map(m -> messages.get("ui.settings.model", m.id(), m.language(), m.kind().name().toLowerCase(Locale.ROOT)))
                .toList());
        if (models.isEmpty()) {
            models.add(messages.get("ui.settings.noModels"));
        }
    }
}
