package se.diktera.app.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.NoteAudit;
import se.diktera.app.NoteWorkflow;
import se.diktera.app.OutboxDelivery;
import se.diktera.app.TemplateChoices;
import se.diktera.app.dictation.DictationPipeline;
import se.diktera.app.dictation.Engines;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.people.Role;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;

/**
 * The client's window: a bar with who is signed in, where they can go and the shortcuts, over the
 * screen of the moment. A clinician starts a consultation, records (or imports, or plays the demo),
 * checks and edits the draft and submits it; a reviewer approves or sends back and works the
 * outbox; an administrator keeps the settings. Must be built on the FX thread.
 */
public final class MainWindow {

    private final AppContext context;
    private final ExecutorService background;
    private final DemoMode demo;
    private final Duration idleLock;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    /** True while a recording or draft is being made: the session does not lock under it. */
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final Map<KeyCombination, Runnable> globalKeys = new HashMap<>();
    private Messages messages;
    private ClientSettings settings;
    private boolean dark;
    private StoreSession session;
    /** The signed-in session's recogniser and drafter, loaded at its first recording, closed at sign-out. */
    private Engines engines;
    private SessionLock lock;

    public MainWindow(AppContext context, Messages messages, ExecutorService background, DemoMode demo, Stage stage) {
        this(context, messages, background, demo, stage, SessionLock.DEFAULT_IDLE);
    }

    /**
     * @param demo     how to play a consultation without a microphone, or null
     * @param idleLock how long without input before the session locks (default five minutes)
     */
    public MainWindow(AppContext context, Messages messages, ExecutorService background, DemoMode demo, Stage stage,
            Duration idleLock) {
        this.context = context;
        this.messages = messages;
        this.background = background;
        this.demo = demo;
        this.idleLock = idleLock;
        this.settings = loadSettings();
        this.dark = "dark".equals(settings.theme());
        stage.setTitle(messages.get("ui.window.title"));
        scene = new Scene(root, 1024, 768);
        Theme.apply(scene, dark);
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (lock != null) {
                lock.touch();
            }
        });
        stage.setScene(scene);
        Timeline lockCheck = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> lockIfIdle()));
        lockCheck.setCycleCount(Timeline.INDEFINITE);
        lockCheck.play();
        showSignIn(null);
        stage.setOnCloseRequest(e -> {
            signOutQuietly();
            background.shutdownNow();
        });
        stage.show();
    }

    private ClientSettings loadSettings() {
        try {
            return context.settings().load();
        } catch (Exception e) {
            // Unreadable settings must not keep anyone out: defaults, and the administrator sees the problem on saving.
            return ClientSettings.defaults();
        }
    }

    /** Puts a screen in the window; its shortcuts replace the last screen's. */
    private void show(java.util.function.Function<Views.Shortcuts, Node> screen) {
        scene.getAccelerators().clear();
        scene.getAccelerators().putAll(globalKeys);
        root.setCenter(screen.apply((keys, action) -> scene.getAccelerators().put(keys, action)));
    }

    private void showSignIn(String error) {
        root.setTop(null);
        globalKeys.clear();
        SignInViewModel vm = new SignInViewModel(context.vault(), background, messages);
        if (error != null) {
            vm.error().set(error);
        }
        show(keys -> Views.signIn(vm, messages, this::home, demo != null ? demo.banner() : firstRunHint()));
    }

    /** On a device with no users yet, how to make the first one; otherwise nothing. */
    private String firstRunHint() {
        try {
            return context.vault().hasUsers() ? null : messages.get("ui.signin.noUsers");
        } catch (java.io.IOException e) {
            return messages.get("ui.signin.storeUnreadable");
        }
    }

    private void lockIfIdle() {
        if (session != null && lock != null && !working.get() && lock.isLocked()) {
            signOutQuietly();
            showSignIn(messages.get("ui.locked"));
        }
    }

    private void home(StoreSession signedIn) {
        this.session = signedIn;
        this.lock = new SessionLock(context.clock(), idleLock);
        showHome();
    }

    private void showHome() {
        Role role = session.user().role();
        root.setTop(appBar(role));
        if (role == Role.REVIEWER) {
            showReview();
        } else if (role == Role.CLINICIAN) {
            showConsultation();
        } else {
            showSettings();
        }
    }

    private Node appBar(Role role) {
        globalKeys.clear();
        Label name = new Label(messages.get("ui.bar.user", session.user().displayName(),
                messages.get("ui.role." + role.name())));
        name.setId("signed-in-as");
        HBox bar = new HBox(new Label(messages.get("ui.window.title")), name);
        bar.getStyleClass().add("app-bar");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().add(spacer);
        if (role == Role.CLINICIAN) {
            bar.getChildren().add(barButton("ui.bar.newConsultation", "nav-consultation", "Shortcut+N", this::showConsultation));
        }
        if (role == Role.REVIEWER) {
            bar.getChildren().add(barButton("ui.review.title", "nav-review", "Shortcut+G", this::showReview));
        }
        if (role != Role.CLINICIAN) {
            bar.getChildren().add(barButton("ui.outbox.title", "outbox-open", "Shortcut+O", this::showOutbox));
        }
        if (role == Role.ADMINISTRATOR) {
            bar.getChildren().add(barButton("ui.settings.title", "nav-settings", "Shortcut+COMMA", this::showSettings));
        }
        bar.getChildren().add(barButton("ui.bar.theme", "theme-toggle", "Shortcut+T", this::toggleTheme));
        bar.getChildren().add(barButton("ui.signout", "signout", "Shortcut+L", this::signOut));
        bar.setPadding(new Insets(8, 16, 8, 16));
        return bar;
    }

    private Button barButton(String key, String id, String keys, Runnable action) {
        Button b = Views.button(messages, key, id, globalKeys::put, keys);
        b.setOnAction(e -> {
            if (!working.get()) {
                action.run();
            }
        });
        return b;
    }

    private void toggleTheme() {
        dark = !dark;
        Theme.apply(scene, dark);
    }

    private void showReview() {
        NoteWorkflow workflow = new NoteWorkflow(session, context.clock());
        ReviewViewModel vm = new ReviewViewModel(workflow, messages);
        show(keys -> ReviewViews.review(vm, messages, keys));
    }

    private void showOutbox() {
        NoteWorkflow workflow = new NoteWorkflow(session, context.clock());
        StoreSession current = session;
        ClientSettings now = settings;
        OutboxViewModel vm = new OutboxViewModel(workflow.outbox(), messages, () -> new OutboxDelivery(context)
                .work(current, now, OutboxDelivery.Destination.of(now), now.retention(), List.of()), background, Platform::runLater);
        show(keys -> ReviewViews.outbox(vm, messages, keys));
    }

    private void showSettings() {
        try {
            SettingsViewModel vm = new SettingsViewModel(context, session, messages, background, Platform::runLater);
            show(keys -> SettingsView.build(vm, messages, keys, this::applySettings));
        } catch (Exception e) {
            showMessage("ui.failed.title", e.getMessage());
        }
    }

    private void applySettings(ClientSettings saved) {
        boolean languageChanged = !saved.language().equals(settings.language());
        boolean themeChanged = !saved.theme().equals(settings.theme());
        settings = saved;
        if (themeChanged) {
            dark = "dark".equals(saved.theme());
            Theme.apply(scene, dark);
        }
        if (languageChanged) {
            messages = new Messages(Locale.forLanguageTag(saved.language()));
            ((Stage) scene.getWindow()).setTitle(messages.get("ui.window.title"));
            root.setTop(appBar(session.user().role()));
            showSettings();
        }
    }

    private void showConsultation() {
        ConsultationViewModel vm = new ConsultationViewModel(messages, TemplateChoices.orBuiltIn(context));
        if (demo != null && demo.templateId() != null) {
            vm.templateId().set(demo.templateId());
        }
        show(keys -> Views.consultation(vm, messages, () -> showRecord(vm), keys));
    }

    private void showRecord(ConsultationViewModel details) {
        Consultation consultation = Consultation.begin(new PatientReference(details.patient()), session.user().asClinician(),
                details.contactType().get(), details.templateId().get(), context.clock().instant());
        RecordingViewModel vm = new RecordingViewModel(new DictationPipeline(session, engines(), new NoteAudit(session,
                context.clock())), consultation, background, messages, Platform::runLater);
        working.bind(vm.busy());
        vm.draft().addListener((obs, old, note) -> {
            if (note != null) {
                showDraft(vm, consultation, note);
            }
        });
        String template = consultation.templateId();
        Runnable playDemo = demo == null ? null : () -> {
            if (demo.audio() != null) {
                vm.recordFromFile(demo.audio(), demo.speed(), template);
            } else {
                vm.playScript(demo.script(), demo.speed());
            }
        };
        show(keys -> RecordView.build(vm, messages, template, playDemo, keys,
                file -> vm.importFile(file.toPath(), template)));
        vm.check();
    }

    private void showDraft(RecordingViewModel recording, Consultation consultation, DraftedNote draft) {
        working.unbind();
        working.set(false);
        DraftViewModel vm = new DraftViewModel(session, recording.noteId(), draft, recording.transcript().get(), messages,
                background, Platform::runLater, context.clock());
        show(keys -> DraftView.build(vm, messages, keys, edited -> {
            try {
                vm.submit(new NoteWorkflow(session, context.clock()), consultation, edited);
                showMessage("ui.submitted.title", messages.get("ui.submitted.text"));
            } catch (Exception e) {
                showMessage("ui.failed.title", e.getMessage());
            }
        }));
    }

    private void showMessage(String titleKey, String text) {
        show(keys -> Views.message(messages, titleKey, text, "ui.message.next", this::showHome));
    }

    private Engines engines() {
        if (engines == null) {
            engines = new Engines(context);
        }
        return engines;
    }

    private void signOut() {
        signOutQuietly();
        showSignIn(null);
    }

    private void signOutQuietly() {
        if (session != null) {
            session.close();
            session = null;
            if (engines != null) {
                Engines loaded = engines;
                engines = null;
                // Closing waits for nothing on the FX thread: a recording still running holds its own reference.
                background.execute(loaded::close);
            }
        }
        lock = null;
    }
}
