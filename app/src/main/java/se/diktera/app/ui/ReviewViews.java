package se.diktera.app.ui;

import java.util.List;
import java.util.function.IntConsumer;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import se.diktera.app.Messages;

/** The reviewer's screens: the queue with the note beside its transcript, and the outbox. */
final class ReviewViews {

    private ReviewViews() {
    }

    /** @param copy copies the note approved last for the EHR */
    static Node review(ReviewViewModel vm, Messages m, Views.Shortcuts shortcuts, Runnable copy) {
        VBox box = Views.page(m, "ui.review.title");
        ListView<String> queue = list(vm.items(), "queue", 150, vm::select);
        TextArea note = readOnly("review-note");
        // The reviewer may change the note before approving; their lines are kept as theirs.
        note.setEditable(true);
        note.textProperty().bindBidirectional(vm.selectedText());
        TextArea transcript = readOnly("review-transcript");
        transcript.textProperty().bind(vm.selectedTranscript());
        SplitPane beside = new SplitPane(titled(m, "ui.review.note", note), titled(m, "ui.draft.transcript", transcript));
        VBox.setVgrow(beside, Priority.ALWAYS);
        TextField comment = new TextField();
        comment.setId("comment");
        comment.setPromptText(m.get("ui.review.comment"));
        Button approve = Views.button(m, "ui.review.approve", "approve", shortcuts, "Shortcut+Enter");
        approve.disableProperty().bind(vm.hasSelection().not());
        approve.getStyleClass().add(Styles.ACCENT);
        approve.setOnAction(e -> vm.approveSelected());
        Button back = Views.button(m, "ui.review.sendBack", "send-back", shortcuts, "Shortcut+B");
        back.disableProperty().bind(vm.hasSelection().not().or(comment.textProperty().isEmpty()));
        back.setOnAction(e -> vm.sendBackSelected(comment.getText()));
        Label status = Views.label("review-status", null);
        status.textProperty().bind(vm.status());
        Button copyButton = Views.button(m, "ui.review.copy", "copy-approved", shortcuts, "Shortcut+Shift+C");
        copyButton.disableProperty().bind(vm.canCopy().not());
        copyButton.setOnAction(e -> copy.run());
        box.getChildren().addAll(queue, beside, comment, new HBox(12, approve, back, copyButton), status);
        return box;
    }

    /** A list whose selected index goes to the view model. */
    private static ListView<String> list(ObservableList<String> items, String id, double height,
            IntConsumer select) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(height);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, o, i) -> select.accept(i.intValue()));
        return list;
    }

    private static TextArea readOnly(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private static Node titled(Messages m, String key, Node content) {
        Label title = new Label(m.get(key));
        title.getStyleClass().add("section-heading");
        VBox box = new VBox(8, title, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    static Node outbox(OutboxViewModel vm, Messages m, Views.Shortcuts shortcuts) {
        VBox box = Views.page(m, "ui.outbox.title");
        ListView<String> list = list(vm.items(), "outbox-items", 320, vm::select);
        Label status = Views.label("outbox-status", null);
        status.textProperty().bind(vm.status());
        Button retry = Views.button(m, "ui.outbox.retry", "retry");
        retry.disableProperty().bind(vm.canRetry().not().or(vm.sending()));
        retry.setOnAction(e -> vm.retrySelected());
        HBox actions = new HBox(12, retry);
        if (vm.canSend()) {
            Button send = Views.button(m, "ui.outbox.send", "send-now", shortcuts, "Shortcut+S");
            send.disableProperty().bind(vm.sending());
            send.setOnAction(e -> vm.sendNow());
            ProgressIndicator working = new ProgressIndicator();
            working.setMaxSize(36, 36);
            working.visibleProperty().bind(vm.sending());
            actions.getChildren().addAll(0, List.of(send));
            actions.getChildren().add(working);
        }
        box.getChildren().addAll(list, actions, status);
        return box;
    }
}
