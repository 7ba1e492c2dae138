package com.orderdesk.gui.collections;

import com.orderdesk.application.collections.CollectionsUseCases;
import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.collections.AgingBucket;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

/**
 * The collections worklist: customers ranked by what is at stake (broken promises first), filtered
 * by owner, risk class and aging bucket; beside it the selected customer's calls and promises and
 * the fields to log a call or record a promise. Loading (and the day's first prediction run) runs
 * off the FX thread with progress.
 */
public final class WorklistController {
    private static final javafx.scene.input.KeyCombination FIND = javafx.scene.input.KeyCombination.keyCombination("Shortcut+F");
    private static final javafx.scene.input.KeyCombination PRINT_STATEMENTS = new javafx.scene.input.KeyCodeCombination(
            KeyCode.P, javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN);

    /**
     * The name's least width: a column of the list shows only while the name keeps this much. At
     * 1366 px the customer's number stays in view beside the demo's promises (at 230 it gave way).
     */
    private static final double NAME_FLOOR = 200;

    private final WorklistViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final PredictionTexts texts = new PredictionTexts(formats);
    /** The selected customer's history: the latest request's only (an earlier customer's could come back last). */
    private final LatestAnswer files = new LatestAnswer();
    private final StatementBatchAction statements;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<String> ownerBox;
    @FXML private ComboBox<RiskClass> riskBox;
    @FXML private ComboBox<AgingBucket> bucketBox;
    @FXML private TableView<WorklistRow> table;
    @FXML private Label summaryLabel;
    @FXML private javafx.scene.layout.VBox detailBox;
    @FXML private Label asOfLabel;
    @FXML private Label customerLabel;
    @FXML private Label predictionLabel;
    @FXML private ListView<String> historyList;
    @FXML private ComboBox<CollectionContact.Channel> channelBox;
    @FXML private TextField noteField;
    @FXML private DatePicker nextActionPicker;
    @FXML private TextField promiseAmountField;
    @FXML private DatePicker promiseDatePicker;
    @FXML private TaskProgressBar progress;
    @FXML private javafx.scene.control.Button statementsButton;

    public WorklistController(WorklistViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this(model, null, tasks, dialogs, status);
    }

    /** {@code statements}: the statement batch (Ctrl+Shift+P), or null where it is not offered. */
    public WorklistController(WorklistViewModel model, StatementBatchViewModel statements, UiTaskRunner tasks,
                              DialogService dialogs, StatusBarModel status) {
        this.statements = statements == null ? null : new StatementBatchAction(statements, tasks, dialogs, status, formats);
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    @FXML
    private void initialize() {
        // the FXML's labelFor="$ownerBox" and the like name controls declared after the label, which
        // FXML cannot resolve: Alt+O / Alt+K / Alt+B and the file's letters did nothing. The detail
        // pane lies in a SplitPane, which linkLabels does not enter from the root.
        com.orderdesk.gui.common.Mnemonics.linkLabels(root);
        com.orderdesk.gui.common.Mnemonics.linkLabels(detailBox);
        historyList.setCellFactory(HistoryCell::new);
        statementsButton.setVisible(statements != null);
        statementsButton.setManaged(statements != null);
        ownerBox.getItems().setAll(WorklistViewModel.ALL_OWNERS);
        ownerBox.setValue(WorklistViewModel.ALL_OWNERS);
        riskBox.getItems().add(null);
        riskBox.getItems().addAll(RiskClass.values());
        riskBox.setConverter(Formats.display(RiskClass::label, "All risk classes"));
        bucketBox.getItems().add(null);
        bucketBox.getItems().addAll(AgingBucket.values());
        bucketBox.setConverter(Formats.display(AgingBucket::label, "All buckets"));
        ownerBox.valueProperty().addListener((o, a, b) -> applyFilter());
        riskBox.valueProperty().addListener((o, a, b) -> applyFilter());
        bucketBox.valueProperty().addListener((o, a, b) -> applyFilter());
        searchField.textProperty().addListener((o, a, b) -> applyFilter());
        channelBox.getItems().setAll(CollectionContact.Channel.values());
        channelBox.setConverter(Formats.display(c -> c == CollectionContact.Channel.CALL ? "Call" : "Email", ""));
        channelBox.setValue(CollectionContact.Channel.CALL);
        DateEntry.attach(nextActionPicker, formats);
        DateEntry.attach(promiseDatePicker, formats);
        columns();
        table.setItems(model.shown());
        com.orderdesk.gui.common.SearchToList.install(searchField, table);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(WorklistRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("broken-promise");
                if (!empty && row != null && row.brokenPromise()) {
                    getStyleClass().add("broken-promise");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showCustomer(b));
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                onRefresh();
                e.consume();
            } else if (FIND.match(e)) {
                searchField.requestFocus();
                searchField.selectAll();
                e.consume();
            } else if (PRINT_STATEMENTS.match(e)) {
                onPrintStatements();
                e.consume();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                noteField.requestFocus();
                e.consume();
            }
        });
    }

    /**
     * The columns in reading order; at 1366 px the less useful ones (owner and risk, which the
     * filters cover, the next action, which the history beside shows) give way, whole, to the money
     * and the predictions (ColumnFit); the table's menu button brings any back. The widths are
     * those the application's look needs ("Custo...", "P(lat..." at the default look's widths).
     * Tour of 6 December: the name (190 px, "High Plains Senior Livi...") and the promise (204,
     * "Promised 8,771.41 by D...") were cut beside an empty band. The columns a collector reads first
     * are as wide as the day's values, and the name takes the room the shown ones leave, shortened
     * only where it must be (whole in its tooltip and above the customer's file).
     */
    private void columns() {
        TableColumn<WorklistRow, String> customer = TextColumn.of("Customer", WorklistRow::customerNo, 96);
        TableColumn<WorklistRow, String> name = TextColumn.of("Name", WorklistRow::name, NAME_FLOOR);
        TableColumn<WorklistRow, String> promise = TextColumn.of("Promise", this::promiseText, 204);
        TableColumn<WorklistRow, ?> open = MoneyColumn.of("Open", WorklistRow::open, formats, 100);
        TableColumn<WorklistRow, ?> overdue = MoneyColumn.of("Overdue", WorklistRow::overdue, formats, 100);
        TableColumn<WorklistRow, ?> disputed = MoneyColumn.of("Disputed", WorklistRow::disputed, formats, 90);
        TableColumn<WorklistRow, Long> days = com.orderdesk.gui.common.CountColumn.of("Days", WorklistRow::daysPastDue, 58);
        TableColumn<WorklistRow, String> late = TextColumn.of("P(late 30)", texts::lateShare, 96);
        TableColumn<WorklistRow, String> pay = TextColumn.of("Predicted pay", r -> texts.payDates(r, true), 136);
        TableColumn<WorklistRow, java.time.LocalDate> contact = com.orderdesk.gui.common.DateColumn.of("Last contact",
                WorklistRow::lastContactOn, formats, 112);
        TableColumn<WorklistRow, java.time.LocalDate> next = com.orderdesk.gui.common.DateColumn.of("Next action",
                WorklistRow::nextActionOn, formats, 112);
        TableColumn<WorklistRow, String> owner = TextColumn.of("Owner", WorklistRow::owner, 84);
        TableColumn<WorklistRow, String> risk = TextColumn.of("Risk", r -> r.riskClass().label(), 76);
        table.getColumns().addAll(List.of(customer, name, promise, open, overdue, disputed, days, late, pay, contact, next, owner,
                risk));
        com.orderdesk.gui.common.ColumnFit.oneLine(name);
        name.setMinWidth(NAME_FLOOR);
        // the predictions too: at 96 and 136 px "53%" and "Dec 10 \u2013 Jan 14" left some 60 px the name needed
        com.orderdesk.gui.common.ContentWidth.fit(table, List.of(customer, promise, overdue, days, late, pay));
        // the open balance before the promise: below it, Open gave way whenever a promise's text widened that column
        // (tour12: shown for C-10187, gone once a promise was recorded); the customer's number, above the file beside, gives way first
        ColumnFit.apply(table, List.of(name, overdue, open, promise, late, pay, customer, days, disputed, contact, next, risk,
                owner), name, NAME_FLOOR);
        com.orderdesk.gui.common.ColumnFit.fill(table, name);
    }

    private String promiseText(WorklistRow r) {
        if (r.promiseStatus() == null) {
            return "";
        }
        String state = switch (r.promiseStatus()) {
            case OPEN -> "Promised";
            case KEPT -> "Kept";
            case BROKEN -> "BROKEN";
        };
        // month and day: the dates in the list are within the year ahead (or just past), so the year goes without saying
        return state + " " + formats.money(r.promiseAmount()) + " by " + formats.monthDay(r.promisedFor());
    }

    private void applyFilter() {
        model.filter(ownerBox.getValue(), riskBox.getValue(), bucketBox.getValue(), searchField.getText());
        summaryLabel.setText(model.summary(formats::money));
    }

    /** Loads the worklist (running the day's predictions first when they are not current). */
    public void refresh() {
        load(false);
    }

    @FXML
    private void onRefresh() {
        load(false);
    }

    @FXML
    private void onRepredict() {
        load(true);
    }

    private void load(boolean repredict) {
        Long selected = table.getSelectionModel().getSelectedItem() == null ? null
                : table.getSelectionModel().getSelectedItem().customerId();
        // a BatchTask: Cancel (or Esc) stops before the next step (or customer of the day's predictions), storing nothing
        WorklistLoadTask task = new WorklistLoadTask(model, repredict);
        task.setOnSucceeded(e -> task.getValue().ifPresentOrElse(list -> show(list, selected), () -> status.showMessage(
                "Loading the worklist cancelled; " + (model.isEmpty() ? "F5 loads it" : "the list shown before stays"))));
        task.setOnFailed(e -> dialogs.error("The worklist could not be loaded: " + task.getException().getMessage(),
                "Nothing was changed.", "Try again (F5); if it keeps failing, tell the administrator.", task.getException()));
        progress.bind(tasks.run(task), true);
    }

    private void show(CollectionsUseCases.Worklist list, Long selected) {
        model.show(list);
        String owner = ownerBox.getValue();
        ownerBox.getItems().setAll(model.owners());
        ownerBox.setValue(ownerBox.getItems().contains(owner) ? owner : WorklistViewModel.ALL_OWNERS);
        applyFilter();
        asOfLabel.setText(list.predictionsAsOf() == null ? "" : "predictions of " + formats.date(list.predictionsAsOf()));
        reselect(selected);
        if (selected == null && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            // the list opens on its first customer, as the hold and cash desks do: the focus ring alone selected none (newuser19)
            table.getSelectionModel().selectFirst();
        }
        status.showMessage(WorklistViewModel.loaded(list));
    }

    private void reselect(Long customerId) {
        if (customerId == null) {
            return;
        }
        for (WorklistRow r : table.getItems()) {
            if (r.customerId() == customerId) {
                table.getSelectionModel().select(r);
                return;
            }
        }
    }

    private void showCustomer(WorklistRow row) {
        if (row == null) {
            files.forget();
            customerLabel.setText("Select a customer");
            predictionLabel.setText("");
            historyList.getItems().clear();
            return;
        }
        customerLabel.setText(row.customerNo() + "  " + row.name());
        predictionLabel.setText(texts.sentence(row));
        if (promiseAmountField.getText() == null || promiseAmountField.getText().isBlank()) {
            promiseAmountField.setPromptText(formats.money(row.overdue()));
        }
        tasks.run(files.of(() -> model.file(row.customerId()),
                file -> historyList.getItems().setAll(WorklistViewModel.history(file, formats)),
                e -> dialogs.error("The customer's history could not be read: " + e.getMessage(), "Nothing was changed.",
                "Select the customer again.", e)));
    }

    @FXML
    private void onLogContact() {
        WorklistRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            dialogs.info("Log a contact", "Select a customer in the worklist first.");
            return;
        }
        CollectionContact.Channel channel = channelBox.getValue();
        String note = noteField.getText();
        com.orderdesk.gui.common.EnteredDate next = DateEntry.entered(nextActionPicker);
        WorklistLoadTask task = new WorklistLoadTask("Logging the contact with " + row.customerNo() + ", then reloading the worklist\u2026",
                model, false, () -> model.logContact(row.customerId(), channel, note, next));
        task.setOnSucceeded(e -> {
            noteField.clear();
            nextActionPicker.setValue(null);
            reloaded(task, row, "Contact with " + row.customerNo() + " logged");
        });
        writeFailed(task, "The contact was not logged: ", "The contact with " + row.customerNo() + " was logged",
                "Correct it and log it again.");
    }

    /** After a write: the list reloaded (or, cancelled, the one before kept), the same customer selected, the focus on the list. */
    private void reloaded(WorklistLoadTask task, WorklistRow row, String done) {
        task.getValue().ifPresentOrElse(list -> show(list, row.customerId()), () -> { });
        backToList();
        status.showMessage(task.getValue().isPresent() ? done : WorklistLoadTask.reloadCancelled(done));
    }

    private void writeFailed(WorklistLoadTask task, String notSaved, String saved, String toDo) {
        task.setOnFailed(e -> {
            Throwable x = task.getException();
            if (task.written()) {
                dialogs.error(saved + ", but the worklist could not be reloaded: " + x.getMessage(), "What you entered is saved.",
                        "Reload the worklist (F5); if it keeps failing, tell the administrator.", x);
            } else {
                dialogs.error(notSaved + x.getMessage(), "Nothing was saved.", toDo, x);
            }
        });
        progress.bind(tasks.run(task), true);
    }

    @FXML
    private void onRecordPromise() {
        WorklistRow row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            dialogs.info("Record a promise", "Select a customer in the worklist first.");
            return;
        }
        Money amount;
        try {
            String text = promiseAmountField.getText();
            amount = Money.of(formats.parseMoney(text == null || text.isBlank() ? formats.money(row.overdue()) : text));
        } catch (RuntimeException e) {
            dialogs.error("The promised amount is not an amount: " + promiseAmountField.getText(), "Nothing was saved.",
                    "Type the amount, e.g. 1,250.00.");
            // later: after Alt+R the scene focuses the button once its action has run
            javafx.application.Platform.runLater(promiseAmountField::requestFocus);
            return;
        }
        com.orderdesk.gui.common.EnteredDate by = DateEntry.entered(promiseDatePicker);
        String note = noteField.getText();
        WorklistLoadTask task = new WorklistLoadTask("Recording the promise of " + row.customerNo() + ", then reloading the worklist\u2026",
                model, false, () -> model.recordPromise(row.customerId(), amount, by, note));
        task.setOnSucceeded(e -> {
            promiseAmountField.clear();
            promiseDatePicker.setValue(null);
            noteField.clear();
            reloaded(task, row, "Promise of " + formats.money(amount) + " by " + formats.date(by.kept()) + " recorded for " + row.customerNo());
        });
        writeFailed(task, "The promise was not recorded: ", "The promise of " + row.customerNo() + " was recorded",
                "Give the amount and a date from today on.");
    }

    @FXML
    private void onPrintStatements() {
        if (statements != null) {
            statements.start(progress);
        }
    }

    /**
     * After a call or a promise the next action is the next customer: the focus goes back to the list, on the
     * same customer, as cash matching's does after Post (it stayed on the button, tour 8). Later: after Alt+L
     * the scene focuses the button once its action has run.
     */
    private void backToList() {
        javafx.application.Platform.runLater(() -> {
            table.requestFocus();
            table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
        });
    }

    public void focusList() {
        table.requestFocus();
    }
}
