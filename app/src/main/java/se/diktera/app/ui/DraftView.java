package se.diktera.app.ui;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import se.diktera.app.Messages;
import se.diktera.core.note.NoteSection;
import se.diktera.core.note.Statement;

/**
 * The draft: each section editable (one statement a line) beside the transcript. Putting the
 * caret on a line, or choosing a fact, highlights the words it came from; Play plays them.
 * Uncertain words are marked in the transcript; the facts are ticked off as checked.
 */
final class DraftView {

    private DraftView() {
    }

    /** @param clearAfter how long a note copied for the EHR stays on the clipboard */
    static Node build(DraftViewModel vm, Messages m, Views.Shortcuts shortcuts, Duration clearAfter,
            Consumer<Map<String, String>> submit) {
        VBox note = Views.page(m, "ui.draft.title");
        note.setId("draft");
        Map<String, TextArea> areas = new LinkedHashMap<>();
        for (NoteSection s : vm.sections()) {
            Label heading = new Label(s.heading());
            heading.getStyleClass().add("section-heading");
            TextArea text = new TextArea(DraftViewModel.text(s));
            text.setId("section-" + s.key());
            text.setWrapText(true);
            text.setPrefRowCount(Math.max(2, s.statements().size() + 1));
            Runnable focus = () -> vm.focusLine(s.key(), lineAt(text.getText(), text.getCaretPosition()), text.getText());
            text.caretPositionProperty().addListener((obs, o, n) -> focus.run());
            text.focusedProperty().addListener((obs, o, n) -> {
                if (n) {
                    focus.run();
                }
            });
            note.getChildren().addAll(heading, text);
            long uncertain = s.statements().stream().filter(Statement::lowConfidence).count();
            if (uncertain > 0) {
                Label mark = Views.label("uncertain-" + s.key(), "warning-text");
                mark.setText(m.get("ui.draft.uncertain", uncertain));
                note.getChildren().add(mark);
            }
            areas.put(s.key(), text);
        }
        for (String code : vm.draft().messages()) {
            note.getChildren().add(new Label(m.get("draft.message." + code)));
        }
        if (!vm.facts().isEmpty()) {
            Label heading = new Label(m.get("ui.draft.facts"));
            heading.getStyleClass().add("section-heading");
            note.getChildren().add(heading);
            for (int i = 0; i < vm.facts().size(); i++) {
                DraftViewModel.FactItem item = vm.facts().get(i);
                CheckBox box = new CheckBox(m.get("ui.fact." + item.fact().kind().name()) + ": " + item.fact().text());
                box.setId("fact-" + i);
                box.selectedProperty().bindBidirectional(item.checked());
                int index = i;
                box.focusedProperty().addListener((obs, o, n) -> {
                    if (n) {
                        vm.focusFact(index);
                    }
                });
                box.setOnMouseClicked(e -> vm.focusFact(index));
                note.getChildren().add(box);
            }
        }
        ScrollPane noteScroll = new ScrollPane(note);
        noteScroll.setFitToWidth(true);

        SplitPane split = new SplitPane(noteScroll, transcript(vm, m, shortcuts));
        split.setDividerPositions(0.58);

        Button send = Views.button(m, "ui.draft.submit", "submit", shortcuts, "Shortcut+Enter");
        send.setDefaultButton(true);
        send.setOnAction(e -> {
            Map<String, String> edited = new LinkedHashMap<>();
            areas.forEach((key, area) -> edited.put(key, area.getText()));
            submit.accept(edited);
        });
        Button copy = Views.button(m, "ui.draft.copy", "copy-to-ehr", shortcuts, "Shortcut+Shift+C");
        copy.setOnAction(e -> {
            Map<String, String> edited = new LinkedHashMap<>();
            areas.forEach((key, area) -> edited.put(key, area.getText()));
            vm.copyToEhr(edited, clearAfter);
        });
        HBox bar = new HBox(12, send, copy);
        bar.setPadding(new Insets(12, 32, 12, 32));
        BorderPane page = new BorderPane(split);
        page.setBottom(bar);
        return page;
    }

    /** The transcript as words: uncertain ones marked, the evidence in focus highlighted; Play beneath. */
    private static Node transcript(DraftViewModel vm, Messages m, Views.Shortcuts shortcuts) {
        VBox box = Views.page(m, "ui.draft.transcript");
        FlowPane words = new FlowPane(2, 4);
        words.setId("transcript-words");
        Map<DraftViewModel.TranscriptWord, Label> labels = new HashMap<>();
        for (DraftViewModel.TranscriptWord w : vm.words()) {
            Label l = new Label(w.word().text());
            l.getStyleClass().add("word");
            if (w.word().uncertain()) {
                l.getStyleClass().add("uncertain");
            }
            labels.put(w, l);
            words.getChildren().add(l);
        }
        vm.highlighted().addListener((obs, old, now) -> {
            old.forEach(w -> labels.get(w).getStyleClass().remove("evidence"));
            now.forEach(w -> labels.get(w).getStyleClass().add("evidence"));
        });
        ScrollPane scroll = new ScrollPane(words);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        Button play = Views.button(m, "ui.draft.play", "play-evidence", shortcuts, "Shortcut+P");
        play.disableProperty().bind(vm.canPlay().not());
        play.setOnAction(e -> vm.playEvidence());
        Label hint = Views.label("evidence-hint", null);
        hint.setText(m.get("ui.draft.evidenceHint"));
        Label status = Views.label("draft-status", null);
        status.textProperty().bind(vm.status());
        box.getChildren().addAll(hint, scroll, play, status);
        return box;
    }

    static int lineAt(String text, int caret) {
        int line = 0;
        for (int i = 0; i < Math.min(caret, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
