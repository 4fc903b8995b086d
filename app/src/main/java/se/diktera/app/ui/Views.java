package se.diktera.app.ui;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.diktera.app.Messages;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.engine.DraftedNote;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;
import se.diktera.core.store.StoreSession;

/**
 * The client's screens, built in code and bound to their view models. Thin: layout and binding
 * only; every decision is in a view model. Touch targets are at least 44 px high.
 */
final class Views {

    static final double TOUCH = 48;

    private Views() {
    }

    private static VBox page(Messages m, String titleKey) {
        VBox box = new VBox(16);
        box.setPadding(new Insets(32));
        Label title = new Label(m.get(titleKey));
        title.setStyle("-fx-font-size: 26px; -fx-font-weight: bold;");
        box.getChildren().add(title);
        return box;
    }

    private static Button button(Messages m, String key, String id) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMinHeight(TOUCH);
        b.setStyle("-fx-font-size: 18px;");
        b.setDefaultButton(true);
        return b;
    }

    static Node signIn(SignInViewModel vm, Messages m, Consumer<StoreSession> signedIn) {
        VBox box = page(m, "ui.signin.title");
        TextField user = new TextField();
        user.setId("username");
        user.setPromptText(m.get("ui.signin.username"));
        user.setMinHeight(TOUCH);
        user.textProperty().bindBidirectional(vm.username());
        PasswordField pass = new PasswordField();
        pass.setId("passphrase");
        pass.setPromptText(m.get("ui.signin.passphrase"));
        pass.setMinHeight(TOUCH);
        pass.textProperty().bindBidirectional(vm.passphrase());
        Label error = new Label();
        error.setId("signin-error");
        error.textProperty().bind(vm.error());
        error.setStyle("-fx-text-fill: #b00020; -fx-font-size: 16px;");
        Button go = button(m, "ui.signin.button", "signin");
        go.disableProperty().bind(vm.busy());
        go.setOnAction(e -> vm.signIn(Platform::runLater).thenAccept(s -> {
            if (s != null) {
                signedIn.accept(s);
            }
        }));
        box.getChildren().addAll(user, pass, go, error);
        return box;
    }

    static Node consultation(ConsultationViewModel vm, Messages m, Runnable start) {
        VBox box = page(m, "ui.consultation.title");
        TextField pnr = new TextField();
        pnr.setId("pnr");
        pnr.setPromptText(m.get("ui.consultation.pnr"));
        pnr.setMinHeight(TOUCH);
        pnr.textProperty().bindBidirectional(vm.identityNumber());
        Label feedback = new Label();
        feedback.setId("pnr-feedback");
        feedback.textProperty().bind(vm.feedback());
        ChoiceBox<ContactType> contact = new ChoiceBox<>();
        contact.getItems().setAll(ContactType.values());
        contact.setMinHeight(TOUCH);
        contact.valueProperty().bindBidirectional(vm.contactType());
        contact.setConverter(new StringConverter<>() {
            @Override
            public String toString(ContactType t) {
                return t == null ? "" : m.get("ui.contact." + t.name());
            }

            @Override
            public ContactType fromString(String s) {
                return null;
            }
        });
        Button go = button(m, "ui.consultation.start", "start");
        go.disableProperty().bind(vm.valid().not());
        go.setOnAction(e -> start.run());
        box.getChildren().addAll(pnr, feedback, contact, go);
        return box;
    }

    static Node record(RecordingViewModel vm, Messages m, Path demoAudio, String templateId) {
        VBox box = page(m, "ui.record.title");
        Label status = new Label();
        status.setId("record-status");
        status.textProperty().bind(vm.status());
        TextArea live = new TextArea();
        live.setId("live-transcript");
        live.setEditable(false);
        live.setWrapText(true);
        live.setStyle("-fx-font-size: 18px;");
        live.textProperty().bind(vm.liveText());
        Button play = button(m, "ui.record.demo", "record-demo");
        play.disableProperty().bind(vm.busy().or(javafx.beans.binding.Bindings.createBooleanBinding(() -> demoAudio == null)));
        play.setOnAction(e -> vm.recordFromFile(demoAudio, 4.0, templateId, Platform::runLater));
        box.getChildren().addAll(play, status, live);
        return box;
    }

    /** The draft, a text area per section (one statement a line), and Submit. */
    static Node draft(DraftedNote note, Messages m, Consumer<Map<String, String>> submit) {
        VBox box = page(m, "ui.draft.title");
        box.setId("draft");
        Map<String, TextArea> areas = new LinkedHashMap<>();
        for (NoteSection s : note.sections()) {
            Label heading = new Label(s.heading());
            heading.setStyle("-fx-font-size: 20px; -fx-font-weight: bold;");
            TextArea text = new TextArea(s.statements().stream().map(Statement::text).collect(Collectors.joining("\n")));
            text.setId("section-" + s.key());
            text.setWrapText(true);
            text.setPrefRowCount(Math.max(2, s.statements().size() + 1));
            text.setStyle("-fx-font-size: 18px;");
            long uncertain = s.statements().stream().filter(Statement::lowConfidence).count();
            box.getChildren().addAll(heading, text);
            if (uncertain > 0) {
                Label mark = new Label(m.get("ui.draft.uncertain", uncertain));
                mark.setStyle("-fx-text-fill: #8a5a00;");
                box.getChildren().add(mark);
            }
            areas.put(s.key(), text);
        }
        for (String code : note.messages()) {
            box.getChildren().add(new Label(m.get("draft.message." + code)));
        }
        Button send = button(m, "ui.draft.submit", "submit");
        send.setOnAction(e -> {
            Map<String, String> edited = new LinkedHashMap<>();
            areas.forEach((key, area) -> edited.put(key, area.getText()));
            submit.accept(edited);
        });
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // The primary action stays in reach while the note scrolls.
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(send);
        bar.setPadding(new Insets(12, 32, 12, 32));
        javafx.scene.layout.BorderPane page = new javafx.scene.layout.BorderPane(scroll);
        page.setBottom(bar);
        return page;
    }

    static Node message(Messages m, String titleKey, String text, Runnable signOut) {
        VBox box = page(m, titleKey);
        Label label = new Label(text);
        label.setId("message");
        label.setWrapText(true);
        label.setStyle("-fx-font-size: 18px;");
        Button out = button(m, "ui.signout", "signout");
        out.setOnAction(e -> signOut.run());
        box.getChildren().addAll(label, out);
        return box;
    }

    /** The reviewer's queue: oldest first; the selected note beside approve and send back. */
    static Node outbox(OutboxViewModel vm, Messages m, Runnable back) {
        VBox box = page(m, "ui.outbox.title");
        ListView<String> list = new ListView<>(vm.items());
        list.setId("outbox-items");
        list.setPrefHeight(320);
        list.getSelectionModel().selectedIndexProperty().addListener((obs, o, i) -> vm.select(i.intValue()));
        Label status = new Label();
        status.setId("outbox-status");
        status.textProperty().bind(vm.status());
        Button retry = button(m, "ui.outbox.retry", "retry");
        retry.disableProperty().bind(vm.canRetry().not());
        retry.setOnAction(e -> vm.retrySelected());
        Button close = button(m, "ui.outbox.back", "outbox-back");
        close.setDefaultButton(false);
        close.setOnAction(e -> back.run());
        box.getChildren().addAll(list, status, new javafx.scene.layout.HBox(12, retry, close));
        return box;
    }

    static Node review(ReviewViewModel vm, Messages m, Runnable signOut, Runnable openOutbox) {
        VBox box = page(m, "ui.review.title");
        ListView<String> queue = new ListView<>(vm.items());
        queue.setId("queue");
        queue.setPrefHeight(160);
        queue.getSelectionModel().selectedIndexProperty().addListener((obs, o, i) -> vm.select(i.intValue()));
        TextArea note = new TextArea();
        note.setId("review-note");
        note.setEditable(false);
        note.setWrapText(true);
        note.setStyle("-fx-font-size: 17px;");
        note.textProperty().bind(vm.selectedText());
        TextField comment = new TextField();
        comment.setId("comment");
        comment.setPromptText(m.get("ui.review.comment"));
        comment.setMinHeight(TOUCH);
        Button approve = button(m, "ui.review.approve", "approve");
        approve.disableProperty().bind(vm.hasSelection().not());
        approve.setOnAction(e -> vm.approveSelected());
        Button back = button(m, "ui.review.sendBack", "send-back");
        back.setDefaultButton(false);
        back.disableProperty().bind(vm.hasSelection().not().or(comment.textProperty().isEmpty()));
        back.setOnAction(e -> vm.sendBackSelected(comment.getText()));
        Label status = new Label();
        status.setId("review-status");
        status.textProperty().bind(vm.status());
        Button out = button(m, "ui.signout", "signout");
        out.setDefaultButton(false);
        out.setOnAction(e -> signOut.run());
        Button outbox = button(m, "ui.outbox.title", "outbox-open");
        outbox.setDefaultButton(false);
        outbox.setOnAction(e -> openOutbox.run());
        box.getChildren().addAll(queue, note, comment, new javafx.scene.layout.HBox(12, approve, back, outbox, out), status);
        return box;
    }
}
