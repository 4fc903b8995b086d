package se.diktera.app.ui;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The look: AtlantaFX Primer, light or dark, under Diktera's own sheet. Call on the FX thread. */
final class Theme {

    static final String SHEET = "/se/diktera/app/ui/diktera.css";

    private Theme() {
    }

    static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String sheet = Theme.class.getResource(SHEET).toExternalForm();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        scene.getRoot().getProperties().put("diktera.theme", dark ? "dark" : "light");
    }

    /** Light to dark or back. */
    static void toggle(Scene scene) {
        apply(scene, !isDark(scene));
    }

    static boolean isDark(Scene scene) {
        return "dark".equals(scene.getRoot().getProperties().get("diktera.theme"));
    }
}
