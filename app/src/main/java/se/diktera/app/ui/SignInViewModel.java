package se.diktera.app.ui;

import java.io.IOException;
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

    /** On a device with no users yet, how to make the first one; otherwise null. */
    public String firstRunHint() {
        try {
            return vault.hasUsers() ? null : messages.get("ui.signin.noUsers");
        } catch (IOException e) {
            return messages.get("ui.signin.storeUnreadable");
        }
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
        busy.set(true);
        error.set("");
        String user = username.get().strip();
        char[] pass = passphrase.get().toCharArray();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return vault.unlock(user, pass);
            } catch (UnlockException e) {
                throw new IllegalStateException(e.retryAfter().isPresent() ? messages.get("ui.signin.wait")
                        : messages.get("ui.signin.wrong"));
            } catch (IOException e) {
                throw new IllegalStateException(messages.get("ui.signin.storeUnreadable"));
            }
        }, background).handleAsync((session, failure) -> {
            busy.set(false);
            passphrase.set("");
            if (failure != null) {
                error.set(failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
                return null;
            }
            return session;
        }, fxThread);
    }
}
