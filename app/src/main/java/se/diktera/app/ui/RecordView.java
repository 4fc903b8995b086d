package se.diktera.app.ui;

import java.io.File;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import se.diktera.app.Messages;

/**
 * Recording: one big record/stop control with pause beside it, elapsed time and the input level,
 * the live transcript, a warning (with the fix) when there is no microphone or speech model, and
 * import of an audio file or the demo instead.
 */
final class RecordView {

    private RecordView() {
    }

    /**
     * @param demo starts the demo consultation, or null when the client is not in demo mode and
     *             has no demo audio
     */
    static Node build(RecordingViewModel vm, Messages m, String templateId, Runnable demo, Views.Shortcuts shortcuts,
            Consumer<File> importFile) {
        VBox box = Views.page(m, "ui.record.title");
        Label warning = Views.label("record-warning", "warning-text");
        warning.textProperty().bind(vm.readiness().warning());
        warning.visibleProperty().bind(vm.readiness().warning().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        Button record = Views.button(m, "ui.record.start", "record", shortcuts, "Shortcut+R");
        record.getStyleClass().add("record-button");
        record.textProperty().bind(Bindings.when(vm.busy()).then(m.get("ui.record.stop")).otherwise(m.get("ui.record.start")));
        record.disableProperty().bind(vm.busy().not().and(vm.readiness().microphonePresent().not().or(vm.readiness().modelReady().not())));
        record.setOnAction(e -> {
            if (vm.busy().get()) {
                vm.stop();
            } else {
                vm.recordMicrophone(templateId);
            }
        });
        Button pause = Views.button(m, "ui.record.pause", "pause", shortcuts, "Shortcut+P");
        pause.textProperty().bind(Bindings.when(vm.paused()).then(m.get("ui.record.resume")).otherwise(m.get("ui.record.pause")));
        pause.disableProperty().bind(vm.busy().not());
        pause.setOnAction(e -> vm.togglePause());

        Label elapsed = Views.label("elapsed", "elapsed");
        elapsed.textProperty().bind(vm.meter().elapsed());
        ProgressBar level = new ProgressBar();
        level.setId("level");
        level.setPrefWidth(220);
        level.progressProperty().bind(vm.meter().level());
        VBox meter = new VBox(8, elapsed, new Label(m.get("ui.record.level")), level);
        HBox controls = new HBox(24, record, pause, meter);
        controls.setAlignment(Pos.CENTER_LEFT);

        Button importButton = Views.button(m, "ui.record.import", "import", shortcuts, "Shortcut+I");
        importButton.disableProperty().bind(vm.busy().or(vm.readiness().modelReady().not()));
        importButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("ui.record.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("ui.record.audioFiles"), "*.wav", "*.aiff", "*.au"));
            File file = chooser.showOpenDialog(box.getScene().getWindow());
            if (file != null) {
                importFile.accept(file);
            }
        });
        HBox alternatives = new HBox(12, importButton);
        if (demo != null) {
            Button play = Views.button(m, "ui.record.demo", "record-demo", shortcuts, "Shortcut+D");
            play.disableProperty().bind(vm.busy());
            play.setOnAction(e -> demo.run());
            alternatives.getChildren().add(play);
        }

        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.meter().progress());
        progress.visibleProperty().bind(vm.meter().progress().isNotEqualTo(0, 0.0001));
        Label status = Views.label("record-status", null);
        status.textProperty().bind(vm.status());

        TextArea live = new TextArea();
        live.setId("live-transcript");
        live.setEditable(false);
        live.setWrapText(true);
        live.textProperty().bind(vm.liveText());
        VBox.setVgrow(live, Priority.ALWAYS);
        box.getChildren().addAll(warning, controls, alternatives, progress, status, live);
        return box;
    }
}
