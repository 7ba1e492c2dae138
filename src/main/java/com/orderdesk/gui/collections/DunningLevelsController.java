package com.orderdesk.gui.collections;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.EnterKey;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.model.collections.DunningLetterTemplate;
import com.orderdesk.model.common.Money;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * The dunning procedure kept by a person (administrators and credit managers): the levels in a
 * table, the selected one's days past due, grace days, fee, letter and text in a form beside it.
 * The form goes into the level on Apply (Enter) and before saving; Ctrl+S saves the whole
 * procedure, and what breaks its rules is listed under the form and nothing is saved.
 */
public final class DunningLevelsController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final DunningLevelsViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    /** The letter's text in the list at its narrowest: its first words (whole in the form). */
    private static final double TEXT_LEAST = 80;

    @FXML private BorderPane root;
    @FXML private TableView<DunningRun.Level> table;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private Label formTitle;
    @FXML private TextField daysField;
    @FXML private TextField graceField;
    @FXML private TextField feeField;
    @FXML private ComboBox<DunningLetterTemplate> templateBox;
    @FXML private TextArea textArea;
    @FXML private Label problemsLabel;

    public DunningLevelsController(DunningLevelsViewModel model, UiTaskRunner tasks, DialogService dialogs,
                                   StatusBarModel status) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    @FXML
    private void initialize() {
        // the FXML's labelFor="$field" names a control declared after the label, which FXML leaves unset:
        // without this link Alt+letter on the labels was dead
        Mnemonics.linkLabels(root);
        // widths that fit whole at 1366 px beside the form under the application's look; the text takes what is left
        table.getColumns().add(TextColumn.of("Level", l -> String.valueOf(l.level()), 64));
        table.getColumns().add(TextColumn.of("Days past due", l -> String.valueOf(l.daysPastDue()), 124));
        table.getColumns().add(TextColumn.of("Grace days", l -> String.valueOf(l.graceDays()), 104));
        table.getColumns().add(MoneyColumn.of("Fee", DunningRun.Level::fee, formats, 70));
        table.getColumns().add(TextColumn.of("Letter", l -> l.template().label(), 160));
        table.getColumns().add(TextColumn.of("Text", DunningRun.Level::text, 120));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // at 1024 x 768 (the split's 58 % some 510 px) the titles read "L...", "Days pa...", "Grace...": the figures and
        // the letter keep their widths (their titles whole under the application's look: "Days past due" needs some
        // 130 px, "Grace days" 105), the form beside gives way; the text (whole in the form) shows where it has
        // TEXT_LEAST px beside them: at 1024 the form then keeps the room its letter's name needs ("Payment reminder")
        java.util.Map<String, Double> least = java.util.Map.of("Days past due", 138.0, "Grace days", 112.0);
        double wanted = 2;
        javafx.scene.control.TableColumn<DunningRun.Level, ?> text = null;
        for (javafx.scene.control.TableColumn<DunningRun.Level, ?> c : table.getColumns()) {
            if ("Text".equals(c.getText())) {
                text = c;
            } else {
                double w = least.getOrDefault(c.getText(), c.getPrefWidth());
                c.setPrefWidth(Math.max(w, c.getPrefWidth()));
                c.setMinWidth(w);
                wanted += w;
            }
        }
        javafx.scene.control.TableColumn<DunningRun.Level, ?> shown = text;
        double withText = wanted + TEXT_LEAST;
        shown.setMinWidth(TEXT_LEAST);
        table.widthProperty().addListener(o -> shown.setVisible(table.getWidth() >= withText));
        com.orderdesk.gui.common.SplitRoom.keepWhereRoom(split, table, wanted);
        table.setItems(model.levels());
        templateBox.getItems().setAll(DunningLetterTemplate.values());
        templateBox.setConverter(Formats.display(DunningLetterTemplate::label, ""));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showForm(b));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                onSave();
                e.consume();
            }
        });
        EnterKey.runs(this::onApply, daysField, graceField, feeField);
    }

    /** Loads the stored procedure (each time the area is shown; an edit in progress is kept). */
    public void refresh() {
        if (model.dirty()) {
            return;
        }
        tasks.run(UiTasks.of(model::load, this::loaded, e -> dialogs.error("The dunning procedure could not be read: " + e.getMessage(), "Nothing was changed.",
                "Try again; if it keeps failing, tell the administrator.", e)));
    }

    /**
     * The stored procedure has come. Edits begun before it landed are kept (it put the stored levels over
     * them): levels added or changed stay, the stored ones behind Undo; text typed in the form stays in it.
     */
    private void loaded(List<DunningRun.Level> levels) {
        boolean typed = formTyped();
        if (model.dirty() || typed && table.getSelectionModel().getSelectedItem() != null) {
            model.storedWhileEditing(levels); // putting the levels in would clear the selection, and the form with it
            status.showMessage("Dunning procedure read while you were editing: your changes are kept; Undo changes (Alt+U) shows the stored "
                    + levels.size() + " levels");
            return;
        }
        model.show(levels);
        if (!typed) {
            table.getSelectionModel().selectFirst();
        }
    }

    /** Whether the form holds text the person typed (it differs from the selected level, or from blank). */
    private boolean formTyped() {
        DunningRun.Level l = table.getSelectionModel().getSelectedItem();
        return !daysField.getText().equals(l == null ? "" : String.valueOf(l.daysPastDue()))
                || !graceField.getText().equals(l == null ? "" : String.valueOf(l.graceDays()))
                || !feeField.getText().equals(l == null ? "" : formats.money(l.fee()))
                || !java.util.Objects.equals(templateBox.getValue(), l == null ? null : l.template())
                || !textArea.getText().equals(l == null ? "" : l.text());
    }

    private void showForm(DunningRun.Level l) {
        boolean none = l == null;
        formTitle.setText(none ? "Select a level" : "Level " + l.level());
        daysField.setText(none ? "" : String.valueOf(l.daysPastDue()));
        graceField.setText(none ? "" : String.valueOf(l.graceDays()));
        feeField.setText(none ? "" : formats.money(l.fee()));
        templateBox.setValue(none ? null : l.template());
        textArea.setText(none ? "" : l.text());
    }

    /** Puts the form into the selected level; false (problems shown) when a field is not a number. */
    private boolean applyForm() {
        DunningRun.Level selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return true;
        }
        List<String> problems = new ArrayList<>();
        int days = whole(daysField, "Days past due", problems);
        int grace = whole(graceField, "Grace days", problems);
        Money fee = null;
        try {
            fee = Money.of(formats.parseMoney(feeField.getText().isBlank() ? "0" : feeField.getText()));
        } catch (RuntimeException e) {
            problems.add("Fee: \"" + feeField.getText() + "\" is not an amount (e.g. 15.00).");
        }
        if (!problems.isEmpty()) {
            problemsLabel.setText(String.join("\n", problems));
            return false;
        }
        DunningRun.Level changed = new DunningRun.Level(selected.level(), days, grace, fee, templateBox.getValue(),
                textArea.getText() == null ? "" : textArea.getText());
        if (!changed.equals(selected)) {
            model.change(changed);
            table.getSelectionModel().select(changed);
        }
        return true;
    }

    private static int whole(TextField field, String name, List<String> problems) {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (RuntimeException e) {
            problems.add(name + ": \"" + field.getText() + "\" is not a whole number of days.");
            return -1;
        }
    }

    @FXML
    private void onApply() {
        if (applyForm()) {
            problemsLabel.setText(String.join("\n", model.problems()));
        }
    }

    @FXML
    private void onAdd() {
        if (!applyForm()) {
            return;
        }
        DunningRun.Level added = model.addLevel();
        table.getSelectionModel().select(added);
        // later: Alt+A focuses its button after this action ran, which left the cursor off the new level's days
        javafx.application.Platform.runLater(daysField::requestFocus);
    }

    @FXML
    private void onRemoveLast() {
        if (model.levels().isEmpty() || !dialogs.confirm("Take out the last level", "level " + model.levels().size(),
                "Customers who reached it get the new last level's letter next; letters already sent stay recorded.")) {
            return;
        }
        model.removeLast();
        table.getSelectionModel().selectLast();
    }

    @FXML
    private void onReset() {
        model.reset();
        table.getSelectionModel().selectFirst();
        problemsLabel.setText("");
        status.showMessage("Dunning procedure: changes undone");
    }

    @FXML
    private void onSave() {
        if (!applyForm()) {
            return;
        }
        List<String> problems = model.problems();
        problemsLabel.setText(String.join("\n", problems));
        if (!problems.isEmpty()) {
            status.showMessage("The dunning procedure was not saved: " + problems.size() + " problem(s) listed under the form");
            return;
        }
        List<DunningRun.Level> procedure = model.snapshot();
        int selected = Math.max(0, table.getSelectionModel().getSelectedIndex());
        tasks.run(UiTasks.of(() -> model.save(procedure), levels -> {
            model.show(levels);
            table.getSelectionModel().select(Math.min(selected, levels.size() - 1));
            status.showMessage("Dunning procedure saved: " + levels.size() + " levels");
        }, e -> dialogs.error("The dunning procedure was not saved: " + e.getMessage(), "Nothing was changed; your edits"
                + " are still on the screen.", "Correct them and save again (Ctrl+S).", e)));
    }

    /**
     * The levels first. The first time the area is shown the table is not in the scene yet (the split pane
     * puts its items there when its skin comes, at the next pulse): asked then, the table took nothing and the
     * window's first control, "Undo changes", had the focus (tour 8). So the table asks once it is there.
     */
    public void focusFirst() {
        if (table.getScene() != null) {
            table.requestFocus();
            return;
        }
        table.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o, javafx.scene.Scene a,
                                javafx.scene.Scene scene) {
                if (scene != null) {
                    table.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(table::requestFocus);
                }
            }
        });
    }
}
