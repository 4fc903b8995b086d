package se.diktera.app.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * Puts a note on the system clipboard for pasting into the EHR, audits the copy, and clears the
 * clipboard after a while if it still holds the note (so the note does not linger for whatever is
 * pasted next). The copy is audited first, on the background executor; nothing unaudited is copied.
 */
final class ClipboardCopy {

    /** Writes the copy's audit entry with these details. */
    @FunctionalInterface
    interface Audited {
        void record(Map<String, String> details) throws IOException;
    }

    private final Duration clearAfter;
    private final Executor background;

    ClipboardCopy(Duration clearAfter, Executor background) {
        this.clearAfter = clearAfter;
        this.background = background;
    }

    /**
     * Copies {@code text}, a note in {@code state}, once {@code audited} has written the copy's audit entry (on the background
     * executor); {@code failed} gets the reason when it could not (then nothing is copied).
     */
    void copy(String text, String state, Audited audited, Executor fx, Consumer<Throwable> failed) {
        BackgroundTask.of(() -> {
            audited.record(Map.of("to", "clipboard", "state", state, "clearAfterSeconds", Long.toString(clearAfter.toSeconds())));
            return text;
        }).onFailure(failed).onSuccess(copied -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            clipboard.setContent(Map.of(DataFormat.PLAIN_TEXT, copied));
            if (!clearAfter.isZero()) {
                PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(clearAfter.toMillis()));
                wait.setOnFinished(e -> {
                    if (copied.equals(clipboard.getString())) {
                        clipboard.clear();
                    }
                });
                wait.play();
            }
        }).run(background, fx);
    }
}
