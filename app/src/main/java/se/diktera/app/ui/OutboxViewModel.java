package se.diktera.app.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
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
import se.diktera.core.problem.Problem;
import se.diktera.core.store.StoreSession;

/** The outbox as people see it: each note's state and, when it failed, why; retry for the stuck ones. */
public final class OutboxViewModel {

    private final Outbox outbox;
    private final Messages messages;
    private final ProblemText problems;
    private final LocalTimes times;
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
        this.problems = new ProblemText(messages);
        this.times = LocalTimes.of(messages.locale());
        refresh("");
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
        return BackgroundTask.of(deliver::call)
                .onRunning(() -> {
                    sending.set(true);
                    status.set(messages.get("ui.outbox.sending"));
                })
                .onFailure(failure -> status.set(problems.on("ui.outbox.sendFailed", failure)))
                .onFinished(() -> sending.set(false))
                .run(background, fx)
                .thenCompose(worked -> worked == null ? CompletableFuture.completedFuture(null) : refresh(""));
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

    /** Queues the selected item again, off the FX thread. */
    public CompletableFuture<Void> retrySelected() {
        String id = current.get(selected).id();
        return BackgroundTask.ofAction(() -> outbox.retry(id))
                .onFailure(failure -> status.set(problems.on("ui.outbox.retryFailed", failure)))
                .run(background, fx)
                .thenCompose(done -> refresh(messages.get("ui.outbox.retried") + " "));
    }

    /** Reloads the items off the FX thread; the summary follows {@code before} in the status line. */
    private CompletableFuture<Void> refresh(String before) {
        return BackgroundTask.of(outbox::items)
                .onSuccess(found -> {
                    current = found;
                    items.setAll(found.stream().map(this::line).toList());
                    long waiting = found.stream().filter(i -> i.state() != OutboxItem.State.SENT).count();
                    status.set(before + messages.get("ui.outbox.summary", found.size(), waiting));
                })
                .onFailure(failure -> {
                    current = List.of();
                    items.clear();
                    status.set(problems.on("ui.outbox.loadFailed", failure));
                })
                .onFinished(() -> select(-1))
                .run(background, fx)
                .thenApply(found -> null);
    }

    private String line(OutboxItem item) {
        String detail = switch (item.state()) {
            case SENT -> where(item.location(), item.sentAt());
            case QUEUED -> "";
            case RETRY, PARKED -> messages.get((item.lastProblem() == null ? Problem.UNEXPECTED : item.lastProblem()).key());
        };
        return messages.get("ui.outbox.item", item.note().consultation().patient().identifier().formatted(),
                messages.get("ui.outbox.state." + item.state().name()), detail);
    }

    /** Where a sent note went, in words: the server's name, or that it was written as a file. */
    private String where(String location, Instant at) {
        String when = at == null ? "" : times.format(at);
        try {
            URI uri = location == null ? null : new URI(location);
            if (uri != null && uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return messages.get("ui.outbox.sentToServer", uri.getHost(), when);
            }
        } catch (URISyntaxException e) {
            // not a web address: a file
        }
        return messages.get("ui.outbox.savedAsFile", when);
    }
}
