package se.diktera.app.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import se.diktera.app.Messages;
import se.diktera.app.dictation.DictationPipeline;

/** Whether recording can start: a microphone, a speech model, and what to do about the one missing. FX thread only. */
public final class RecordingReadiness {

    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty microphonePresent = new SimpleBooleanProperty(false);
    private final BooleanProperty modelReady = new SimpleBooleanProperty(false);
    private final Messages messages;

    RecordingReadiness(Messages messages) {
        this.messages = messages;
    }

    /** What stands in the way of recording, with the fix; empty when nothing does. */
    public StringProperty warning() {
        return warning;
    }

    public BooleanProperty microphonePresent() {
        return microphonePresent;
    }

    public BooleanProperty modelReady() {
        return modelReady;
    }

    /** Looks for a microphone and a speech model off the FX thread, and shows what it found. */
    CompletableFuture<Void> check(DictationPipeline pipeline, Executor background, Executor fx) {
        return BackgroundTask.of(pipeline::check)
                .onSuccess(ready -> show(ready, null))
                .onFailure(failure -> show(null, failure))
                .run(background, fx).thenApply(ready -> null);
    }

    /** Shows what the pipeline's check found, or that the check itself failed. */
    void show(DictationPipeline.Readiness ready, Throwable failure) {
        boolean mic = ready != null && ready.microphone();
        microphonePresent.set(mic);
        modelReady.set(ready != null && ready.modelProblem().isEmpty());
        warning.set(failure != null || ready == null ? new ProblemText(messages).on("ui.record.checkFailed", failure)
                : ready.modelProblem().map(p -> messages.get("ui.record.noModel", messages.get(p.key())))
                        .orElse(mic ? "" : messages.get("ui.record.noMicrophone")));
    }
}
