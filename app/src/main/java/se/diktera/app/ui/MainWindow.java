package se.diktera.app.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.NoteWorkflow;
import se.diktera.app.dictation.Engines;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.people.Role;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;

/**
 * The client's window: the {@link AppBar} over the screen of the moment, sign-in and sign-out,
 * the idle lock ({@link LockWatch}), the theme and the language. A clinician's screens are
 * {@link ClinicianScreens}; a reviewer reviews and works the outbox; an administrator keeps the
 * settings. Must be built on the FX thread.
 */
public final class MainWindow implements Shell, AppBar.Destinations {

    private final AppContext context;
    private final ExecutorService background;
    private final DemoMode demo;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    /** True while a recording or draft is being made: the session does not lock under it. */
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final Map<KeyCombination, Runnable> globalKeys = new HashMap<>();
    private final LockWatch lock;
    private Messages messages;
    private ClientSettings settings;
    private boolean dark;
    private StoreSession session;
    /** The signed-in session's recogniser and drafter, loaded at its first recording, closed at sign-out. */
    private Engines engines;
    private ClinicianScreens clinician;

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
        this.settings = context.settings().loadOrDefaults();
        this.dark = "dark".equals(settings.theme());
        stage.setTitle(messages.get("ui.window.title"));
        scene = new Scene(root, 1024, 768);
        Theme.apply(scene, dark);
        stage.setScene(scene);
        lock = new LockWatch(scene, context.clock(), idleLock, working, () -> {
            signOutQuietly();
            showSignIn(this.messages.get("ui.locked"));
        });
        showSignIn(null);
        stage.setOnCloseRequest(e -> {
            signOutQuietly();
            background.shutdownNow();
        });
        stage.show();
    }

    @Override
    public void show(Function<Views.Shortcuts, Node> screen) {
        scene.getAccelerators().clear();
        scene.getAccelerators().putAll(globalKeys);
        root.setCenter(screen.apply((keys, action) -> scene.getAccelerators().put(keys, action)));
    }

    @Override
    public void message(String titleKey, String text) {
        show(keys -> Views.message(messages, titleKey, text, "ui.message.next", this::home));
    }

    private void showSignIn(String error) {
        root.setTop(null);
        globalKeys.clear();
        SignInViewModel vm = new SignInViewModel(context.vault(), background, messages);
        if (error != null) {
            vm.error().set(error);
        }
        show(keys -> Views.signIn(vm, messages, this::signedIn, demo != null ? demo.banner() : vm.firstRunHint()));
    }

    private void signedIn(StoreSession signedIn) {
        this.session = signedIn;
        this.engines = new Engines(context);
        this.clinician = new ClinicianScreens(context, signedIn, engines, messages, background, demo, this, working);
        lock.start();
        root.setTop(bar());
        if (signedIn.user().role() == Role.CLINICIAN) {
            clinician.home();
        } else {
            home();
        }
    }

    private Node bar() {
        return AppBar.build(messages, session.user().displayName(), session.user().role(), working, globalKeys, this);
    }

    @Override
    public void home() {
        switch (session.user().role()) {
            case REVIEWER -> review();
            case CLINICIAN -> clinician.showConsultation();
            default -> settings();
        }
    }

    @Override
    public void consultation() {
        clinician.showConsultation();
    }

    @Override
    public void review() {
        ReviewViewModel vm = new ReviewViewModel(new NoteWorkflow(session, context.clock()), messages, background,
                Platform::runLater);
        show(keys -> ReviewViews.review(vm, messages, keys, () -> vm.copyApproved(settings.clipboardClearAfter())));
    }

    @Override
    public void outbox() {
        show(keys -> ReviewViews.outbox(OutboxViewModel.delivering(context, session, settings, messages, background), messages, keys));
    }

    @Override
    public void settings() {
        try {
            SettingsViewModel vm = new SettingsViewModel(context, session, messages, background, Platform::runLater);
            show(keys -> SettingsView.build(vm, messages, keys, this::applySettings));
        } catch (Exception e) {
            message("ui.failed.title", e.getMessage());
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
            clinician = new ClinicianScreens(context, session, engines, messages, background, demo, this, working);
            root.setTop(bar());
            settings();
        }
    }

    @Override
    public void toggleTheme() {
        dark = !dark;
        Theme.apply(scene, dark);
    }

    @Override
    public void signOut() {
        signOutQuietly();
        showSignIn(null);
    }

    private void signOutQuietly() {
        lock.stop();
        if (session != null) {
            session.close();
            session = null;
            clinician = null;
            engines.closeUsing(background);
            engines = null;
        }
    }
}
