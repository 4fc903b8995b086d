package se.diktera.app.ui;

import java.io.File;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import se.diktera.app.Messages;
import se.diktera.app.settings.ClientSettings;
import se.diktera.models.ModelKind;

/** The administrator's settings: models, where notes go, identifier systems, retention, language. */
final class SettingsView {

    private SettingsView() {
    }

    static Node build(SettingsViewModel vm, Messages m, Views.Shortcuts shortcuts, Consumer<ClientSettings> saved) {
        VBox box = Views.page(m, "ui.settings.title");

        box.getChildren().add(heading(m, "ui.settings.models"));
        ListView<String> models = new ListView<>(vm.models());
        models.setId("models");
        models.setPrefHeight(130);
        ChoiceBox<String> lang = new ChoiceBox<>();
        lang.getItems().setAll("sv", "en");
        lang.setValue("sv");
        lang.setConverter(Views.converter(code -> m.get("language." + code)));
        ChoiceBox<ModelKind> kind = new ChoiceBox<>();
        kind.getItems().setAll(ModelKind.SPEECH, ModelKind.NOTE);
        kind.setValue(ModelKind.SPEECH);
        kind.setConverter(Views.converter(k -> m.get("ui.settings.kind." + k.name())));
        Button importModel = Views.button(m, "ui.settings.import", "import-model");
        importModel.disableProperty().bind(vm.importing());
        importModel.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(m.get("ui.settings.import"));
            File dir = chooser.showDialog(box.getScene().getWindow());
            if (dir != null) {
                vm.importModel(dir.toPath(), lang.getValue(), kind.getValue());
            }
        });
        ProgressIndicator importingNow = new ProgressIndicator();
        importingNow.setMaxSize(36, 36);
        importingNow.visibleProperty().bind(vm.importing());
        box.getChildren().addAll(models, new HBox(12, lang, kind, importModel, importingNow), hint(m.get("ui.settings.importHint")));

        box.getChildren().add(heading(m, "ui.settings.exchange"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        // The labels keep their full width; the fields take what is left.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setHgrow(Priority.NEVER);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label(m.get("ui.settings.fhirServer")), field("fhir-server", vm.fhirServer()));
        grid.addRow(row++, new Label(m.get("ui.settings.exportFolder")), field("export-folder", vm.exportFolder()));
        grid.addRow(row++, new Label(m.get("ui.settings.careUnitHsaId")), field("care-unit-hsa", vm.careUnitHsaId()));
        grid.addRow(row++, new Label(m.get("ui.settings.careUnitName")), field("care-unit-name", vm.careUnitName()));
        CheckBox reviewOnServer = new CheckBox(m.get("ui.settings.reviewOnServer"));
        reviewOnServer.setId("review-on-server");
        reviewOnServer.selectedProperty().bindBidirectional(vm.reviewOnServer());
        grid.addRow(row++, new Label(m.get("ui.settings.review")), reviewOnServer);
        grid.addRow(row++, new Label(m.get("ui.settings.clientCertificate")), field("client-certificate", vm.clientCertificate()));
        grid.addRow(row++, new Label(m.get("ui.settings.trustedCertificates")), field("trusted-certificates", vm.trustedCertificates()));
        grid.addRow(row++, new Label(m.get("ui.settings.pnrSystem")), named(vm, "pnr-system", vm.personnummerSystem()));
        grid.addRow(row++, new Label(m.get("ui.settings.snrSystem")), named(vm, "snr-system", vm.samordningsnummerSystem()));
        grid.addRow(row++, new Label(m.get("ui.settings.hsaSystem")), named(vm, "hsa-system", vm.hsaIdSystem()));
        grid.addRow(row++, new Label(m.get("ui.settings.keepAudio")), field("keep-audio", vm.keepAudioDays()));
        grid.addRow(row++, new Label(m.get("ui.settings.keepNotes")), field("keep-notes", vm.keepNotesDays()));
        grid.addRow(row++, new Label(m.get("ui.settings.clipboardSeconds")), field("clipboard-seconds", vm.clipboardSeconds()));
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("language");
        language.getItems().setAll("sv", "en");
        language.valueProperty().bindBidirectional(vm.language());
        language.setConverter(Views.converter(code -> m.get("language." + code)));
        grid.addRow(row++, new Label(m.get("ui.settings.language")), language);
        ChoiceBox<String> theme = new ChoiceBox<>();
        theme.setId("theme");
        theme.getItems().setAll("light", "dark");
        theme.valueProperty().bindBidirectional(vm.theme());
        theme.setConverter(Views.converter(t -> m.get("ui.theme." + t)));
        grid.addRow(row, new Label(m.get("ui.settings.theme")), theme);
        box.getChildren().add(grid);

        Button save = Views.button(m, "ui.settings.save", "save-settings", shortcuts, "Shortcut+S");
        save.setOnAction(e -> vm.save().thenAccept(saved));
        Label status = Views.label("settings-status", null);
        status.textProperty().bind(vm.status());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // Save stays in reach however far the page scrolls.
        HBox bar = new HBox(16, save, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 32, 12, 32));
        BorderPane page = new BorderPane(scroll);
        page.setBottom(bar);
        return page;
    }

    /** An identifier system's field with its name under the OID, kept up to date as it is typed. */
    private static Node named(SettingsViewModel vm, String id, StringProperty system) {
        Label name = Views.label(id + "-name", null);
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.systemName(system.get()), system));
        return new VBox(2, field(id, system), name);
    }

    private static Label hint(String text) {
        Label l = Views.label(null, null);
        l.setText(text);
        return l;
    }

    private static Label heading(Messages m, String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("section-heading");
        return l;
    }

    private static TextField field(String id, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(36);
        f.setMaxWidth(Double.MAX_VALUE);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
