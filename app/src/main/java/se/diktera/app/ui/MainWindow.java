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
import se.diktera.app.ServerReviewLink;
import se.diktera.app.dictation.Engines;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.people.Role;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.StoreThreads;

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
    private StoreSession session;
    /** The signed-in session's recogniser and drafter, loaded at its first recording, closed at sign-out. */
    private Engines engines;
    private ClinicianScreens clinician;
    /** The signed-in user's way to the review server, when the device reviews through one. */
    private ServerReviewLink reviewLink;

    /**
     * @param demo     how to play a consultation without a microphone, or null
     * @param idleLock how long without input before the session locks ({@link SessionLock#DEFAULT_IDLE} by default)
     */
    public MainWindow(AppContext context, Messages messages, ExecutorService background, DemoMode demo, Stage stage,
            Duration idleLock) {
        this.context = context;
        this.messages = messages;
        this.background = background;
        this.demo = demo;
        this.settings = context.settings().loadOrDefaults();
        StoreThreads.forbid(Platform::isFxApplicationThread);
        stage.setTitle(messages.get("ui.window.title"));
        scene = new Scene(root, 1024, 768);
        Theme.apply(scene, "dark".equals(settings.theme()));
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

    /** Sign-in; on a device without users, the first administrator is made instead. */
    private void showSignIn(String error) {
        root.setTop(null);
        globalKeys.clear();
        SignInViewModel vm = new SignInViewModel(context.vault(), background, messages);
        vm.error().set(error == null ? "" : error);
        BackgroundTask.of(context.vault()::hasUsers).onSuccess(any -> show(keys -> any
                ? Views.signIn(vm, messages, this::signedIn, demo != null ? demo.banner() : null)
                : FirstRunView.build(new FirstRunViewModel(context, background, messages), messages, this::signedIn)))
                .onFailure(failure -> show(keys -> Views.signIn(vm, messages, this::signedIn,
                        new ProblemText(messages).on("ui.signin.failed", failure))))
                .run(background, Platform::runLater);
    }

    private void signedIn(StoreSession signedIn) {
        this.session = signedIn;
        this.engines = new Engines(context);
        this.reviewLink = new ServerReviewLink(context, signedIn, settings);
        this.clinician = new ClinicianScreens(context, signedIn, engines, reviewLink, messages, background, demo, this, working);
        lock.start();
        root.setTop(bar());
        boolean clinicianFirst = signedIn.user().role() == Role.CLINICIAN;
        if (clinicianFirst) {
            clinician.home();
        }
        AuditWarning.check(context.vault(), signedIn, context.clock(), background, Platform::runLater,
                () -> message("ui.audit.brokenTitle", messages.get("ui.audit.broken")), clinicianFirst ? () -> { } : this::home);
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
    public void review() {
        ReviewViewModel vm = new ReviewViewModel(new NoteWorkflow(session, context.clock()), reviewLink, messages, background,
                Platform::runLater);
        show(keys -> ReviewViews.review(vm, messages, keys, () -> vm.copyApproved(clipboardClearAfter())));
    }

    @Override
    public void outbox() {
        show(keys -> ReviewViews.outbox(OutboxViewModel.delivering(context, session, settings, messages, background), messages, keys));
    }

    @Override
    public void settings() {
        BackgroundTask.of(() -> new SettingsViewModel(context, session, messages, background, Platform::runLater))
                .onSuccess(vm -> show(keys -> SettingsView.build(vm, messages, keys, this::applySettings)))
                .onFailure(failure -> message("ui.failed.title", new ProblemText(messages).on("ui.settings.loadFailed", failure)))
                .run(background, Platform::runLater);
    }

    @Override
    public void followUp() {
        FollowUpView.open(this, session, messages, context.clock(), background);
    }

    @Override
    public Duration clipboardClearAfter() {
        return settings.clipboardClearAfter();
    }

    private void applySettings(ClientSettings saved) {
        boolean languageChanged = !saved.language().equals(settings.language());
        if (!saved.theme().equals(settings.theme())) {
            Theme.apply(scene, "dark".equals(saved.theme()));
        }
        settings = saved;
        reviewLink = new ServerReviewLink(context, session, saved);
        if (languageChanged) {
            messages = new Messages(Locale.forLanguageTag(saved.language()));
            ((Stage) scene.getWindow()).setTitle(messages.get("ui.window.title"));
            clinician = new ClinicianScreens(context, session, engines, reviewLink, messages, background, demo, this, working);
            root.setTop(bar());
            settings();
        }
    }

    @Override
    public void toggleTheme() {
        Theme.toggle(scene);
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
            reviewLink = null;
            engines.closeUsing(background);
            engines = null;
        }
    }
}
