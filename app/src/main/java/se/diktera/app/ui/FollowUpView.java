package se.diktera.app.ui;

import java.io.File;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import se.diktera.app.Messages;
import se.diktera.core.store.StoreSession;

/** "Uppföljning": the period, the two charts (care near home by month, lead time by week), the overview table, export. */
final class FollowUpView {

    private FollowUpView() {
    }

    /** Shows the screen in {@code shell} and computes its figures for the default period (the last twelve months). */
    static void open(Shell shell, StoreSession session, Messages m, Clock clock, Executor background) {
        FollowUpViewModel vm = new FollowUpViewModel(session, m, clock, ZoneId.systemDefault(), background, Platform::runLater);
        shell.show(keys -> build(vm, m, keys));
        vm.load();
    }

    static Node build(FollowUpViewModel vm, Messages m, Views.Shortcuts shortcuts) {
        VBox box = Views.page(m, "ui.followup.title");
        TextField from = field("followup-from", m.get("ui.followup.from"), vm.from().get());
        from.textProperty().bindBidirectional(vm.from());
        TextField to = field("followup-to", m.get("ui.followup.to"), vm.to().get());
        to.textProperty().bindBidirectional(vm.to());
        TextField unit = field("followup-unit", m.get("ui.followup.unit"), vm.unit().get());
        unit.textProperty().bindBidirectional(vm.unit());
        Button show = Views.button(m, "ui.followup.show", "followup-show", shortcuts, "Shortcut+Enter");
        show.setDefaultButton(true);
        show.disableProperty().bind(vm.busy());
        show.setOnAction(e -> vm.load());
        Button export = Views.button(m, "ui.followup.export", "followup-export", shortcuts, "Shortcut+E");
        export.disableProperty().bind(vm.busy());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
            chooser.setInitialFileName(m.get("ui.followup.fileName", vm.from().get(), vm.to().get()));
            File chosen = chooser.showSaveDialog(box.getScene().getWindow());
            if (chosen != null) {
                vm.export(chosen.toPath());
            }
        });
        Label status = Views.label("followup-status", null);
        status.textProperty().bind(vm.status());

        LineChart<String, Number> nearHome = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 100, 25));
        nearHome.setId("followup-near-home");
        nearHome.setTitle(m.get("ui.followup.nearHome"));
        nearHome.setAnimated(false);
        vm.nearHome().addListener((obs, old, now) -> nearHome.getData().setAll(List.of(
                series(m.get("followup.col.shareHome"), now, 0), series(m.get("followup.col.shareRemote"), now, 1))));
        BarChart<String, Number> lead = new BarChart<>(new CategoryAxis(), new NumberAxis());
        lead.setId("followup-lead");
        lead.setTitle(m.get("ui.followup.leadByWeek"));
        lead.setAnimated(false);
        lead.setLegendVisible(false);
        vm.leadByWeek().addListener((obs, old, now) -> {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(m.get("followup.col.leadMedian"));
            now.forEach((week, minutes) -> s.getData().add(new XYChart.Data<>(week, minutes)));
            lead.getData().setAll(List.of(s));
        });
        HBox charts = new HBox(16, nearHome, lead);
        HBox.setHgrow(nearHome, Priority.ALWAYS);
        HBox.setHgrow(lead, Priority.ALWAYS);

        TableView<List<String>> table = new TableView<>();
        table.setId("followup-table");
        table.setPrefHeight(220);
        vm.table().addListener((ListChangeListener<List<String>>) change -> fill(table, vm.table()));
        box.getChildren().addAll(new HBox(12, from, to, unit, show, export), status, charts, table);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static TextField field(String id, String prompt, String value) {
        TextField f = new TextField(value);
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        f.setPrefColumnCount(12);
        return f;
    }

    private static XYChart.Series<String, Number> series(String name, Map<String, double[]> months, int which) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        months.forEach((month, shares) -> s.getData().add(new XYChart.Data<>(month, shares[which])));
        return s;
    }

    /** The table's columns are the workbook's headings (its first row); the rows follow. */
    private static void fill(TableView<List<String>> table, List<List<String>> rows) {
        table.getColumns().clear();
        if (rows.isEmpty()) {
            table.getItems().clear();
            return;
        }
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(header.get(i));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            c.setSortable(false);
            c.setPrefWidth(i == 0 ? 90 : 150);
            table.getColumns().add(c);
        }
        table.getItems().setAll(rows.subList(1, rows.size()));
    }
}
