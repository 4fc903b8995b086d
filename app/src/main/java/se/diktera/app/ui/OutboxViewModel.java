package se.diktera.app.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import se.diktera.app.Messages;
import se.diktera.core.outbox.Outbox;
import se.diktera.core.outbox.OutboxItem;

/** The outbox as people see it: each note's state and, when it failed, why; retry for the stuck ones. */
public final class OutboxViewModel {

    private final Outbox outbox;
    private final Messages messages;
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty canRetry = new SimpleBooleanProperty(false);
    private List<OutboxItem> current = new ArrayList<>();
    private int selected = -1;

    public OutboxViewModel(Outbox outbox, Messages messages) {
        this.outbox = outbox;
        this.messages = messages;
        status.set(refresh());
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
