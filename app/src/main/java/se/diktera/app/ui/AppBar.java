package se.diktera.app.ui;

import java.util.Map;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import se.diktera.app.Messages;
import se.diktera.core.people.Role;

/** The bar over every screen: who is signed in, where their role can go, the theme and sign-out, with shortcuts. */
final class AppBar {

    /** Where the bar's buttons go. */
    interface Destinations {
        /** The signed-in user's home screen: for a clinician, a new consultation. */
        void home();

        void review();

        void outbox();

        void settings();

        void followUp();

        void toggleTheme();

        void signOut();
    }

    private AppBar() {
    }

    /**
     * @param working while true (a recording or draft is being made) the buttons do nothing
     * @param keys    filled with the bar's shortcuts
     */
    static Node build(Messages m, String displayName, Role role, ObservableBooleanValue working,
            Map<KeyCombination, Runnable> keys, Destinations go) {
        keys.clear();
        Label name = new Label(m.get("ui.bar.user", displayName, m.get("ui.role." + role.name())));
        name.setId("signed-in-as");
        HBox bar = new HBox(new Label(m.get("ui.window.title")), name);
        bar.getStyleClass().add("app-bar");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().add(spacer);
        if (role == Role.CLINICIAN) {
            bar.getChildren().add(button(m, "ui.bar.newConsultation", "nav-consultation", "Shortcut+N", go::home, working, keys));
        }
        if (role == Role.REVIEWER) {
            bar.getChildren().add(button(m, "ui.review.title", "nav-review", "Shortcut+G", go::review, working, keys));
        }
        if (role != Role.CLINICIAN) {
            bar.getChildren().add(button(m, "ui.outbox.title", "outbox-open", "Shortcut+O", go::outbox, working, keys));
        }
        if (role == Role.ADMINISTRATOR) {
            bar.getChildren().add(button(m, "ui.settings.title", "nav-settings", "Shortcut+COMMA", go::settings, working, keys));
            bar.getChildren().add(button(m, "ui.followup.title", "nav-followup", "Shortcut+U", go::followUp, working, keys));
        }
        bar.getChildren().add(button(m, "ui.bar.theme", "theme-toggle", "Shortcut+T", go::toggleTheme, working, keys));
        bar.getChildren().add(button(m, "ui.signout", "signout", "Shortcut+L", go::signOut, working, keys));
        bar.setPadding(new Insets(8, 16, 8, 16));
        return bar;
    }

    private static Button button(Messages m, String key, String id, String shortcut, Runnable action,
            ObservableBooleanValue working, Map<KeyCombination, Runnable> keys) {
        Button b = Views.button(m, key, id, keys::put, shortcut);
        b.setOnAction(e -> {
            if (!working.get()) {
                action.run();
            }
        });
        return b;
    }
}
