package se.diktera.app.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import se.diktera.app.Messages;
import se.diktera.core.consultation.ContactType;
import se.diktera.core.store.StoreSession;

/**
 * The client's simple screens and the pieces every screen is made of, built in code and bound to
 * view models. Thin: layout and binding only; every decision is in a view model. Touch targets
 * are at least {@value #TOUCH} px high (the style sheet says so too).
 */
final class Views {

    static final double TOUCH = 48;

    /** Where a screen registers its keyboard shortcuts; they last until the next screen. */
    @FunctionalInterface
    interface Shortcuts {
        void on(KeyCombination keys, Runnable action);
    }

    private Views() {
    }

    static VBox page(Messages m, String titleKey) {
        VBox box = new VBox(16);
        box.setPadding(new Insets(24, 32, 24, 32));
        Label title = new Label(m.get(titleKey));
        title.getStyleClass().add("page-title");
        box.getChildren().add(title);
        return box;
    }

    static Button button(Messages m, String key, String id) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setMinHeight(TOUCH);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** A button that {@code keys} also presses (when it is enabled); the tooltip names the keys. */
    static Button button(Messages m, String key, String id, Shortcuts shortcuts, String keys) {
        Button b = button(m, key, id);
        KeyCombination combination = KeyCombination.keyCombination(keys);
        b.setTooltip(new Tooltip(combination.getDisplayText()));
        // Later, not now: the scene is walking its shortcuts, and the action may replace them.
        shortcuts.on(combination, () -> Platform.runLater(() -> {
            if (!b.isDisabled() && b.getScene() != null) {
                b.fire();
            }
        }));
        return b;
    }

    static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }

    static Node signIn(SignInViewModel vm, Messages m, Consumer<StoreSession> signedIn, String banner) {
        VBox box = page(m, "ui.signin.title");
        box.setMaxWidth(560);
        TextField user = new TextField();
        user.setId("username");
        user.setPromptText(m.get("ui.signin.username"));
        user.textProperty().bindBidirectional(vm.username());
        PasswordField pass = new PasswordField();
        pass.setId("passphrase");
        pass.setPromptText(m.get("ui.signin.passphrase"));
        pass.textProperty().bindBidirectional(vm.passphrase());
        Label error = label("signin-error", "error-text");
        error.textProperty().bind(vm.error());
        Button go = button(m, "ui.signin.button", "signin");
        go.setDefaultButton(true);
        go.disableProperty().bind(vm.busy());
        go.setOnAction(e -> vm.signIn(Platform::runLater).thenAccept(s -> {
            if (s != null) {
                signedIn.accept(s);
            }
        }));
        box.getChildren().addAll(user, pass, go, error);
        if (banner != null) {
            Label demo = label("signin-banner", "warning-text");
            demo.setText(banner);
            box.getChildren().add(1, demo);
        }
        return box;
    }

    static Node consultation(ConsultationViewModel vm, Messages m, Runnable start, Shortcuts shortcuts) {
        VBox box = page(m, "ui.consultation.title");
        box.setMaxWidth(640);
        TextField pnr = new TextField();
        pnr.setId("pnr");
        pnr.setPromptText(m.get("ui.consultation.pnr"));
        pnr.textProperty().bindBidirectional(vm.identityNumber());
        Label feedback = label("pnr-feedback", null);
        feedback.textProperty().bind(vm.feedback());
        ChoiceBox<ContactType> contact = new ChoiceBox<>();
        contact.setId("contact-type");
        contact.getItems().setAll(ContactType.values());
        contact.valueProperty().bindBidirectional(vm.contactType());
        contact.setConverter(converter(t -> m.get("ui.contact." + t.name())));
        ChoiceBox<String> template = new ChoiceBox<>();
        template.setId("template");
        template.getItems().setAll(vm.templateIds());
        template.valueProperty().bindBidirectional(vm.templateId());
        template.setConverter(converter(vm::templateTitle));
        Button go = button(m, "ui.consultation.start", "start", shortcuts, "Shortcut+Enter");
        go.setDefaultButton(true);
        go.disableProperty().bind(vm.valid().not());
        go.setOnAction(e -> start.run());
        box.getChildren().addAll(pnr, feedback, new Label(m.get("ui.consultation.contact")), contact,
                new Label(m.get("ui.consultation.template")), template, go);
        return box;
    }

    static Node message(Messages m, String titleKey, String text, String buttonKey, Runnable next) {
        VBox box = page(m, titleKey);
        Label label = label("message", null);
        label.setText(text);
        Button out = button(m, buttonKey, "message-next");
        out.setDefaultButton(true);
        out.setOnAction(e -> next.run());
        box.getChildren().addAll(label, out);
        return box;
    }
}
