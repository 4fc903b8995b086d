package se.diktera.app.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.Messages;
import se.diktera.core.store.StoreSession;
import se.diktera.core.store.UnlockException;
import se.diktera.core.store.Vault;

/** Sign-in: user name and passphrase, unlocked off the FX thread (Argon2id takes a moment). */
public final class SignInViewModel {

    private final Vault vault;
    private final Executor background;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public SignInViewModel(Vault vault, Executor background, Messages messages) {
        this.vault = vault;
        this.background = background;
        this.messages = messages;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty passphrase() {
        return passphrase;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Completes with the session, or with null after setting {@link #error()}. Call from the FX thread. */
    public CompletableFuture<StoreSession> signIn(Executor fxThread) {
        String user = username.get().strip();
        char[] pass = passphrase.get().toCharArray();
        return BackgroundTask.of(() -> vault.unlock(user, pass))
                .onRunning(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onFailure(failure -> error.set(failure instanceof UnlockException e
                        ? messages.get(e.problem().key()) : new ProblemText(messages).on("ui.signin.failed", failure)))
                .onFinished(() -> {
                    busy.set(false);
                    passphrase.set("");
                })
                .run(background, fxThread);
    }
}
