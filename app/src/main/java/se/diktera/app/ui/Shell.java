package se.diktera.app.ui;

import java.time.Duration;
import java.util.function.Function;

import javafx.scene.Node;

/** What a screen may ask of the window: show the next screen, a message, or the home screen. FX thread only. */
interface Shell {

    /** Puts a screen in the window; its shortcuts replace the last screen's. */
    void show(Function<Views.Shortcuts, Node> screen);

    /** A message with a button back to the home screen. */
    void message(String titleKey, String text);

    void home();

    /** How long a copied note stays on the clipboard, as the device's settings say. */
    Duration clipboardClearAfter();
}
