package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.CountColumn;
import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.model.common.Money;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** The root-cause view's widgets: period, dimension, the table, and the CSV export (both off the FX thread). */
public final class RootCausesController {
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final RootCausesViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Clock clock;
    private final Formats formats = Formats.forDefaultLocale();
    private List<RootCauses.Row> shown = List.of();

    @FXML private BorderPane root;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<RootCauses.Dimension> byBox;
    @FXML private TableView<RootCauses.Row> table;
    @FXML private Label totalLabel;

    public RootCausesController(RootCausesViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                Clock clock) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        // the FXML's labelFor="$..." names controls declared after their labels, which FXML leaves unlinked
        com.orderdesk.gui.common.Mnemonics.linkLabels(root);
        LocalDate today = LocalDate.now(clock);
        DateEntry.attach(fromPicker, formats);
        DateEntry.attach(toPicker, formats);
        // the last 90 days, today included, as the dashboard's "Last 90 days" (91 days: it opened a day before it)
        fromPicker.setValue(today.minusDays(89));
        toPicker.setValue(today);
        byBox.getItems().setAll(RootCauses.Dimension.values());
        byBox.setConverter(Formats.display(ClaimWords::dimension, ""));
        byBox.setValue(RootCauses.Dimension.REASON);
        byBox.valueProperty().addListener((o, a, b) -> onShow());
        TableColumn<RootCauses.Row, String> key = TextColumn.of(Messages.get("causes.col.key"), RootCauses.Row::key, 175);
        TableColumn<RootCauses.Row, String> name = TextColumn.of(Messages.get("causes.col.name"), r -> ClaimWords.rowName(byBox.getValue(), r), 320);
        byBox.valueProperty().addListener((o, a, b) -> titleColumns(key, name, b));
        titleColumns(key, name, byBox.getValue());
        table.getColumns().add(key);
        table.getColumns().add(name);
        table.getColumns().add(CountColumn.of(Messages.get("causes.col.cases"), RootCauses.Row::cases, 70));
        table.getColumns().add(MoneyColumn.of(Messages.get("causes.col.amount"), RootCauses.Row::amount, formats, 120));
        table.getColumns().add(MoneyColumn.of(Messages.get("causes.col.valid"), RootCauses.Row::valid, formats, 120));
        // one decimal on every row: "29.4%" next to "13.88%" mixed two formats (tour 7)
        table.getColumns().add(TextColumn.of(Messages.get("causes.col.share"), r -> formats.percent(r.share().amount(), 1), 80));
        // the name takes the width the figures leave: it ended at 835 px of 1226 at 1366 px, an empty
        // band beside it (tour of 6 December); by customer the number column shows and the name narrows
        com.orderdesk.gui.common.ColumnFit.fill(table, name);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (EXPORT.match(e)) {
                onExport();
                e.consume();
            }
        });
    }

    /**
     * A customer, product or node has a number or code and a name; a reason is its name alone (its
     * stored code, "NOT_RECEIVED", stays in the CSV export for other tools, not on the screen).
     */
    private static void titleColumns(TableColumn<RootCauses.Row, String> key, TableColumn<RootCauses.Row, String> name,
                                     RootCauses.Dimension by) {
        boolean reason = by == RootCauses.Dimension.REASON;
        key.setVisible(!reason);
        key.setText(by == null ? Messages.get("causes.col.key") : ClaimWords.dimension(by));
        name.setText(reason ? ClaimWords.dimension(by) : Messages.get("causes.col.name"));
    }

    @FXML
    private void onShow() {
        LocalDate from = read(fromPicker);
        LocalDate to = read(toPicker);
        if (from == UNREAD || to == UNREAD) {
            return;
        }
        RootCauses.Dimension by = byBox.getValue();
        tasks.run(UiTasks.of(() -> model.rows(from, to, by), rows -> {
            shown = rows;
            table.getItems().setAll(rows);
            int n = rows.stream().mapToInt(RootCauses.Row::cases).sum();
            Money total = rows.stream().map(RootCauses.Row::amount).reduce(Money.ZERO, Money::plus);
            Money valid = rows.stream().map(RootCauses.Row::valid).reduce(Money.ZERO, Money::plus);
            totalLabel.setText(Messages.get("causes.total", String.valueOf(rows.size()), by == RootCauses.Dimension.PRODUCT
                    ? Messages.get("causes.total.shares", String.valueOf(n)) : Messages.get("causes.total.cases", String.valueOf(n)),
                    formats.money(total), formats.money(valid)));
        }, e -> dialogs.error(Messages.get("causes.countFailed", e.getMessage()), Messages.get("causes.countFailed.kept"),
                Messages.get("causes.countFailed.todo"), e)));
    }

    @FXML
    private void onExport() {
        LocalDate from = read(fromPicker);
        LocalDate to = read(toPicker);
        if (from == UNREAD || to == UNREAD) {
            return;
        }
        RootCauses.Dimension by = byBox.getValue();
        List<RootCauses.Row> rows = shown;
        dialogs.chooseFileToSave(Messages.get("causes.export.title"), null,
                "root-causes-" + by.name().toLowerCase() + "-" + from + "-" + to + ".csv", Messages.get("causes.export.filter"), "*.csv").ifPresent(file -> tasks.run(UiTasks.of(() -> {
                    RootCausesViewModel.export(file, from, to, by, rows);
                    return file;
                }, (Path f) -> status.showMessage(Messages.get("causes.exported", String.valueOf(rows.size()), String.valueOf(f))),
                e -> dialogs.error(Messages.get("causes.exportFailed", e.getMessage()), Messages.get("causes.exportFailed.kept"),
                        Messages.get("causes.exportFailed.todo"), e))));
    }

    private static final LocalDate UNREAD = LocalDate.MIN;

    /** The picker's date, or UNREAD once the field's sentence was said: not the date kept under text shown unread. */
    private LocalDate read(DatePicker picker) {
        try {
            return DateEntry.entered(picker).date();
        } catch (com.orderdesk.gui.common.InputException e) {
            dialogs.error(Messages.get("causes.badPeriod", e.getMessage()), Messages.get("causes.badPeriod.kept"),
                    Messages.get("causes.badPeriod.todo"));
            return UNREAD;
        }
    }

    public void refresh() {
        onShow();
    }

    public void focusFirst() {
        fromPicker.requestFocus();
    }
}
