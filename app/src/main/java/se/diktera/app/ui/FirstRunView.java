package se.diktera.app.ui;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

import se.diktera.app.Messages;
import se.diktera.core.store.StoreSession;

/** The first start: who the device's administrator is, and their passphrase twice. */
final class FirstRunView {

    private FirstRunView() {
    }

    static Node build(FirstRunViewModel vm, Messages m, Consumer<StoreSession> signedIn) {
        VBox box = Views.page(m, "ui.firstRun.title");
        box.setMaxWidth(560);
        Label intro = Views.label("first-run-intro", null);
        intro.setWrapText(true);
        intro.setText(m.get("ui.firstRun.intro"));
        Label error = Views.label("first-run-error", "error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.error());
        Button create = Views.button(m, "ui.firstRun.create", "first-run-create");
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.busy());
        create.setOnAction(e -> vm.create(Platform::runLater).thenAccept(s -> {
            if (s != null) {
                signedIn.accept(s);
            }
        }));
        box.getChildren().addAll(intro,
                field(new TextField(), "first-run-username", m.get("ui.firstRun.username"), vm.username()),
                field(new TextField(), "first-run-name", m.get("ui.firstRun.name"), vm.name()),
                field(new TextField(), "first-run-hsa-id", m.get("ui.firstRun.hsaId"), vm.hsaId()),
                field(new PasswordField(), "first-run-passphrase", m.get("ui.firstRun.passphrase"), vm.passphrase()),
                field(new PasswordField(), "first-run-repeat", m.get("ui.firstRun.repeat"), vm.repeated()),
                create, error);
        return box;
    }

    /** A field with its name above it, which stays when the field is filled. */
    private static Node field(TextInputControl input, String id, String name, StringProperty value) {
        input.setId(id);
        input.setAccessibleText(name);
        input.textProperty().bindBidirectional(value);
        Label label = new Label(name);
        label.setLabelFor(input);
        return new VBox(4, label, input);
    }
}
