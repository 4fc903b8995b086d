package se.diktera.app.ui;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.AccountAudit;
import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.core.people.HsaId;
import se.diktera.core.store.PassphrasePolicy;
import se.diktera.core.store.StoreSession;

/**
 * The first start on a device without users: the administrator is made here, in the client, and
 * signed in (audited as {@code users init} is). Checked as typed; created off the FX thread.
 */
public final class FirstRunViewModel {

    private final AppContext context;
    private final Executor background;
    private final Messages messages;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty hsaId = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public FirstRunViewModel(AppContext context, Executor background, Messages messages) {
        this.context = context;
        this.background = background;
        this.messages = messages;
    }

    /** What is wrong with the form, in the user's language; empty when it can be sent. */
    String problem() {
        String user = username.get().strip();
        if (user.isEmpty() || name.get().isBlank()) {
            return messages.get("ui.firstRun.missing");
        }
        try {
            new HsaId(hsaId.get().strip());
        } catch (IllegalArgumentException e) {
            return messages.get("ui.firstRun.badHsaId");
        }
        char[] pass = passphrase.get().toCharArray();
        try {
            List<PassphrasePolicy.Problem> weak = PassphrasePolicy.check(pass, user);
            if (!weak.isEmpty()) {
                return messages.get("ui.firstRun.weak", messages.get("ui.passphrase." + weak.get(0).name()),
                        PassphrasePolicy.MIN_LENGTH);
            }
        } finally {
            Arrays.fill(pass, '\0');
        }
        return passphrase.get().equals(repeated.get()) ? "" : messages.get("ui.firstRun.notSame");
    }

    /** Creates the administrator and signs them in; the future gives the session, or null (the error says why). */
    public CompletableFuture<StoreSession> create(Executor fx) {
        String wrong = problem();
        if (!wrong.isEmpty()) {
            error.set(wrong);
            return CompletableFuture.completedFuture(null);
        }
        String user = username.get().strip();
        String fullName = name.get().strip();
        HsaId id = new HsaId(hsaId.get().strip());
        char[] pass = passphrase.get().toCharArray();
        return BackgroundTask.of(() -> new AccountAudit(context.clock()).firstAdministrator(context.vault(), user, fullName, id,
                pass))
                .onRunning(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onFailure(failure -> error.set(new ProblemText(messages).on("ui.firstRun.failed", failure)))
                .onFinished(() -> {
                    Arrays.fill(pass, '\0');
                    passphrase.set("");
                    repeated.set("");
                    busy.set(false);
                })
                .run(background, fx);
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty hsaId() {
        return hsaId;
    }

    public StringProperty passphrase() {
        return passphrase;
    }

    public StringProperty repeated() {
        return repeated;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
