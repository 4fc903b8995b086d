package se.diktera.app.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.core.store.StoreSession;

/**
 * The client's window: sign in, start a consultation, record (the demo plays a file as if it were
 * spoken), see the draft. Must be built on the FX thread.
 */
public final class MainWindow {

    private final AppContext context;
    private final Messages messages;
    private final ExecutorService background;
    private final Path demoAudio;
    private final BorderPane root = new BorderPane();

    public MainWindow(AppContext context, Messages messages, ExecutorService background, Path demoAudio, Stage stage) {
        this.context = context;
        this.messages = messages;
        this.background = background;
        this.demoAudio = demoAudio;
        stage.setTitle(messages.get("ui.window.title"));
        stage.setScene(new Scene(root, 900, 700));
        showSignIn();
        stage.setOnCloseRequest(e -> background.shutdownNow());
        stage.show();
    }

    private void showSignIn() {
        root.setCenter(Views.signIn(new SignInViewModel(context.vault(), background, messages), messages, this::showConsultation));
    }

    private void showConsultation(StoreSession session) {
        ConsultationViewModel vm = new ConsultationViewModel(messages);
        root.setCenter(Views.consultation(vm, messages, () -> showRecord(session, vm)));
    }

    private void showRecord(StoreSession session, ConsultationViewModel consultation) {
        RecordingViewModel vm = new RecordingViewModel(context, session, background, messages);
        vm.draft().addListener((obs, old, note) -> {
            if (note != null) {
                root.setCenter(Views.draft(note, messages));
            }
        });
        root.setCenter(Views.record(vm, messages, demoAudio, consultation.templateId().get()));
    }
}
