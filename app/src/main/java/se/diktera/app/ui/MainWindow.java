package se.diktera.app.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.NoteWorkflow;
import se.diktera.core.consultation.Consultation;
import se.diktera.core.consultation.PatientReference;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.people.Role;
import se.diktera.core.store.SessionLock;
import se.diktera.core.store.StoreSession;

/**
 * The client's window. A clinician signs in, starts a consultation, records (the demo plays a
 * file as if it were spoken), edits the draft and submits it; a reviewer signs in to the review
 * queue and approves or sends back. Must be built on the FX thread.
 */
public final class MainWindow {

    private final AppContext context;
    private final Messages messages;
    private final ExecutorService background;
    private final Path demoAudio;
    private final BorderPane root = new BorderPane();
    private final Duration idleLock;
    /** True while a recording or draft is being made: the session does not lock under it. */
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private StoreSession session;
    private SessionLock lock;

    public MainWindow(AppContext context, Messages messages, ExecutorService background, Path demoAudio, Stage stage) {
        this(context, messages, background, demoAudio, stage, SessionLock.DEFAULT_IDLE);
    }

    /** @param idleLock how long without input before the session locks (default five minutes) */
    public MainWindow(AppContext context, Messages messages, ExecutorService background, Path demoAudio, Stage stage,
            Duration idleLock) {
        this.context = context;
        this.messages = messages;
        this.background = background;
        this.demoAudio = demoAudio;
        this.idleLock = idleLock;
        stage.setTitle(messages.get("ui.window.title"));
        Scene scene = new Scene(root, 900, 760);
        scene.addEventFilter(javafx.scene.input.InputEvent.ANY, e -> {
            if (lock != null) {
                lock.touch();
            }
        });
        stage.setScene(scene);
        Timeline lockCheck = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> lockIfIdle()));
        lockCheck.setCycleCount(Timeline.INDEFINITE);
        lockCheck.play();
        showSignIn();
        stage.setOnCloseRequest(e -> {
            signOutQuietly();
            background.shutdownNow();
        });
        stage.show();
    }

    private void showSignIn() {
        root.setCenter(Views.signIn(new SignInViewModel(context.vault(), background, messages), messages, this::home));
    }

    private void lockIfIdle() {
        if (session != null && lock != null && !working.get() && lock.isLocked()) {
            signOut();
            SignInViewModel vm = new SignInViewModel(context.vault(), background, messages);
            vm.error().set(messages.get("ui.locked"));
            root.setCenter(Views.signIn(vm, messages, this::home));
        }
    }

    private void home(StoreSession signedIn) {
        this.session = signedIn;
        this.lock = new SessionLock(context.clock(), idleLock);
        Role role = signedIn.user().role();
        if (role == Role.REVIEWER) {
            showReview();
        } else if (role == Role.CLINICIAN) {
            showConsultation();
        } else {
            root.setCenter(Views.message(messages, "ui.admin.title", messages.get("ui.admin.text"), this::signOut));
        }
    }

    private void showReview() {
        NoteWorkflow workflow = new NoteWorkflow(session, context.clock());
        root.setCenter(Views.review(new ReviewViewModel(workflow, messages), messages, this::signOut,
                () -> root.setCenter(Views.outbox(new OutboxViewModel(workflow.outbox(), messages), messages, this::showReview))));
    }

    private void showConsultation() {
        ConsultationViewModel vm = new ConsultationViewModel(messages);
        root.setCenter(Views.consultation(vm, messages, () -> showRecord(vm)));
    }

    private void showRecord(ConsultationViewModel details) {
        Consultation consultation = Consultation.begin(new PatientReference(details.patient()), session.user().asClinician(),
                details.contactType().get(), details.templateId().get(), context.clock().instant());
        RecordingViewModel vm = new RecordingViewModel(context, session, background, messages);
        working.bind(vm.busy());
        vm.draft().addListener((obs, old, note) -> {
            if (note != null) {
                showDraft(vm, consultation, note);
            }
        });
        root.setCenter(Views.record(vm, messages, demoAudio, consultation.templateId()));
    }

    private void showDraft(RecordingViewModel recording, Consultation consultation, DraftedNote draft) {
        working.unbind();
        working.set(false);
        root.setCenter(Views.draft(draft, messages, (Map<String, String> edited) -> {
            try {
                new NoteWorkflow(session, context.clock()).submit(recording.noteId(), consultation, draft, edited);
                root.setCenter(Views.message(messages, "ui.submitted.title", messages.get("ui.submitted.text"), this::signOut));
            } catch (Exception e) {
                root.setCenter(Views.message(messages, "ui.failed.title", e.getMessage(), this::signOut));
            }
        }));
    }

    private void signOut() {
        signOutQuietly();
        showSignIn();
    }

    private void signOutQuietly() {
        if (session != null) {
            session.close();
            session = null;
        }
        lock = null;
    }
}
