package se.diktera.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.diktera.app.AppContext;
import se.diktera.app.Messages;
import se.diktera.app.NoteWorkflow;
import se.diktera.app.OutboxDelivery;
import se.diktera.app.settings.ClientSettings;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;
import se.diktera.core.store.StoreSession;

/** The outbox as people see it: each note's state and, when it failed, why; retry for the stuck ones. */
public final class OutboxViewModel {

    private final Outbox outbox;
    private final Messages messages;
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty canRetry = new SimpleBooleanProperty(false);
    private final BooleanProperty sending = new SimpleBooleanProperty(false);
    private final Callable<OutboxDelivery.Worked> deliver;
    private final Executor background;
    private final Executor fx;
    private List<OutboxItem> current = new ArrayList<>();
    private int selected = -1;

    /** An outbox that can be looked at and retried, not sent from here. */
    public OutboxViewModel(Outbox outbox, Messages messages) {
        this(outbox, messages, null, Runnable::run, Runnable::run);
    }

    /** @param deliver works the outbox once (sends what is due to the configured destination); null when this user may not */
    public OutboxViewModel(Outbox outbox, Messages messages, Callable<OutboxDelivery.Worked> deliver, Executor background,
            Executor fx) {
        this.outbox = outbox;
        this.messages = messages;
        this.deliver = deliver;
        this.background = background;
        this.fx = fx;
        status.set(refresh());
    }

    /** The outbox of {@code session}, sent from here to the destination the settings name. */
    static OutboxViewModel delivering(AppContext context, StoreSession session, ClientSettings settings, Messages messages,
            Executor background) {
        return new OutboxViewModel(new NoteWorkflow(session, context.clock()).outbox(), messages,
                () -> new OutboxDelivery(context).work(session, settings, OutboxDelivery.Destination.of(settings),
                        settings.retention(), List.of()), background, Platform::runLater);
    }

    public BooleanProperty sending() {
        return sending;
    }

    public boolean canSend() {
        return deliver != null;
    }

    /** Sends what is due now, off the FX thread; the list and summary show the outcome. */
    public CompletableFuture<Void> sendNow() {
        if (deliver == null) {
            return CompletableFuture.completedFuture(null);
        }
        sending.set(true);
        status.set(messages.get("ui.outbox.sending"));
        return BackgroundWork.supply(deliver::call, background).handleAsync((worked, failure) -> {
            sending.set(false);
            if (failure != null) {
                status.set(messages.get("ui.review.failed", BackgroundWork.cause(failure).getMessage()));
            } else {
                status.set(refresh());
            }
            return null;
        }, fx);
    }

    public ObservableList<String> items() {
        return items;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty canRetry() {
        return canRetry;
    }

    public void select(int index) {
        selected = index;
        canRetry.set(index >= 0 && index < current.size() && current.get(index).state() != OutboxItem.State.SENT);
    }

    public void retrySelected() {
        try {
            outbox.retry(current.get(selected).id());
            status.set(messages.get("ui.outbox.retried") + " " + refresh());
        } catch (Exception e) {
            status.set(messages.get("ui.review.failed", e.getMessage()));
        }
    }

    /** Reloads the items; returns the summary line. */
    private String refresh() {
        try {
            current = outbox.items();
        } catch (Exception e) {
            current = List.of();
            select(-1);
            return messages.get("ui.review.failed", e.getMessage());
        }
        items.setAll(current.stream().map(i -> messages.get("ui.outbox.item", i.note().consultation().patient().identifier().formatted(),
                messages.get("ui.outbox.state." + i.state().name()),
                i.state() == OutboxItem.State.SENT ? i.location() : i.lastError() == null ? "" : i.lastError())).toList());
        long waiting = current.stream().filter(i -> i.state() != OutboxItem.State.SENT).count();
        select(-1);
        return messages.get("export.summary", current.size(), waiting);
    }
}
