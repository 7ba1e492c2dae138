package com.orderdesk.gui.collections;

import com.orderdesk.application.collections.DunningUseCases;
import com.orderdesk.gui.common.BatchTask;
import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.NotAuthorizedException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * A dunning run: the day, the proposed letters (one per customer) to review (Delete takes one out
 * of this run), then Print: each letter a PDF in the chosen folder, with progress and Cancel, and
 * each customer's level recorded for the letters written.
 */
public final class DunningController {
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    /**
     * Below this width inside the split the letter goes under the letters: beside them at 1024 x 768 (some 884 px)
     * the letters' columns (about 760 px with the scroll bar) ran past the list's edge (Overdue cut, Fee and
     * Total due behind a sideways bar) and the letter's items lost their amounts to another (tour15).
     */
    static final double LETTER_BESIDE_FROM = 1_100;

    private final DunningViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private LocalDate proposedFor;
    /** The last run proposed found no customer to remind (not: its letters were all taken out). */
    private boolean nobodyToRemind;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private javafx.scene.layout.VBox letterPane;
    @FXML private DatePicker runDatePicker;
    @FXML private TableView<DunningRun.Letter> table;
    @FXML private Label letterLabel;
    @FXML private ListView<String> itemsList;
    @FXML private Label summaryLabel;
    @FXML private TaskProgressBar progress;

    public DunningController(DunningViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    @FXML
    private void initialize() {
        // labelFor="$runDatePicker" names the picker declared after the label, which FXML does not link: Alt+D did nothing
        com.orderdesk.gui.common.Mnemonics.linkLabels(root);
        DateEntry.attach(runDatePicker, formats);
        runDatePicker.setValue(model.today());
        // widths that fit whole at 1366 px (the letter beside takes the rest); the name gives way first
        table.getColumns().add(TextColumn.of("Customer", DunningRun.Letter::customerNo, 96));
        TableColumn<DunningRun.Letter, String> name = TextColumn.of("Name", DunningRun.Letter::name, 165);
        table.getColumns().add(name);
        table.getColumns().add(TextColumn.of("Level", l -> l.previousLevel() + " \u2192 " + l.level(), 64));
        table.getColumns().add(com.orderdesk.gui.common.CountColumn.<DunningRun.Letter, Integer>of("Items", l -> l.items().size(), 62));
        table.getColumns().add(com.orderdesk.gui.common.CountColumn.<DunningRun.Letter, Long>worded("Oldest", l -> (long) l.items().get(0).daysPastDue(), n -> n + " days", 90));
        table.getColumns().add(MoneyColumn.of("Overdue", DunningRun.Letter::overdue, formats, 100));
        table.getColumns().add(MoneyColumn.of("Fee", DunningRun.Letter::fee, formats, 65));
        table.getColumns().add(MoneyColumn.of("Total due", DunningRun.Letter::total, formats, 100));
        // the name takes the room the figures leave (it was cut with 40 px empty after Total due)
        com.orderdesk.gui.common.ColumnFit.fill(table, name);
        com.orderdesk.gui.common.StackingSplit.stackBelow(split, LETTER_BESIDE_FROM, above -> {
            split.setDividerPositions(above ? 0.62 : 0.64);
            letterPane.setPadding(above ? new javafx.geometry.Insets(8, 0, 0, 0) : new javafx.geometry.Insets(0, 0, 0, 10));
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showLetter(b));
        // the letter's pane says why it is empty and what to do (polish17: it was blank until a letter was chosen)
        itemsList.setPlaceholder(new Label(Messages.get("dunning.items.empty")));
        showLetter(null);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                DunningRun.Letter l = table.getSelectionModel().getSelectedItem();
                table.getItems().remove(l);
                status.showMessage("Letter to " + l.customerNo() + " taken out of this run");
                summary();
                e.consume();
            }
        });
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (PRINT.match(e)) {
                onPrint();
                e.consume();
            }
        });
    }

    private void showLetter(DunningRun.Letter l) {
        if (l == null) {
            letterLabel.setText(proposedFor == null ? Messages.get("dunning.letter.none")
                    : !table.getItems().isEmpty() ? Messages.get("dunning.letter.select")
                    : nobodyToRemind ? Messages.get("dunning.letter.nobody", formats.date(proposedFor))
                    : Messages.get("dunning.letter.allOut"));
            itemsList.getItems().clear();
            return;
        }
        letterLabel.setText("Level " + l.level() + " to " + l.name() + ":\n" + l.text());
        itemsList.getItems().setAll(l.items().stream().map(i -> i.invoiceNo() + "   due " + formats.date(i.due()) + "   "
                + i.daysPastDue() + " days   " + formats.money(i.open())).toList());
    }

    private void summary() {
        var total = table.getItems().stream().map(DunningRun.Letter::total)
                .reduce(com.orderdesk.model.common.Money.ZERO, com.orderdesk.model.common.Money::plus);
        summaryLabel.setText(table.getItems().size() + " letters  \u00b7  " + formats.money(total) + " due");
    }

    @FXML
    private void onPropose() {
        LocalDate day;
        try {
            day = model.runDay(DateEntry.entered(runDatePicker));
        } catch (com.orderdesk.gui.common.InputException e) {
            dialogs.error("The run was not proposed: " + e.getMessage(), "The letters shown before stay; the date stays as typed.",
                    "Correct the run's date and propose again.");
            runDatePicker.requestFocus();
            return;
        }
        if (day == null) {
            dialogs.info("Dunning run", "Give the run's date first.");
            return;
        }
        // a BatchTask: Cancel (or Esc) stops before the next customer, and the letters shown before stay
        BatchTask<DunningUseCases.Proposal> task = new BatchTask<>() {
            { // set here, on the FX thread: the bar has words from the moment it shows (tour 8: a bar with no words)
                updateTitle("Proposing the letters for " + formats.date(day) + ": reading each customer's overdue items\u2026");
            }

            @Override
            protected DunningUseCases.Proposal call() {
                return model.propose(day, progress((n, of) -> "Proposing the letters for " + formats.date(day)
                        + ": customer " + n + " of " + of + "\u2026"));
            }
        };
        task.setStoppingText("Cancelling the proposal\u2026");
        task.setOnSucceeded(e -> proposed(task.getValue(), day));
        task.setOnFailed(e -> dialogs.error("The run could not be proposed: " + task.getException().getMessage(),
                "Nothing was changed.", "Try again; if it keeps failing, tell the administrator.", task.getException()));
        progress.bind(tasks.run(task), true);
    }

    private void proposed(DunningUseCases.Proposal proposal, LocalDate day) {
        if (proposal.cancelled()) {
            status.showMessage("Proposing for " + formats.date(day) + " cancelled after " + proposal.customersRead() + " of "
                    + proposal.customersOverdue() + " customers; " + (table.getItems().isEmpty() ? "no letters proposed"
                    : "the " + table.getItems().size() + " letters proposed before stay"));
            return;
        }
        List<DunningRun.Letter> letters = proposal.letters();
        proposedFor = day;
        nobodyToRemind = letters.isEmpty();
        table.getItems().setAll(letters);
        showLetter(table.getSelectionModel().getSelectedItem());
        summary();
        if (!letters.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        table.requestFocus();
        // the invoices left out first: at 1024 px the status bar cut the sentence after "print (Ctrl+P)"
        String leftOut = DunningViewModel.leftOut(proposal);
        status.showMessage((leftOut.isEmpty() ? "" : leftOut + "; ") + letters.size() + " letters proposed for "
                + formats.date(day) + "; review, then print (Ctrl+P)");
    }

    @FXML
    private void onPrint() {
        List<DunningRun.Letter> letters = List.copyOf(table.getItems());
        if (letters.isEmpty() || proposedFor == null) {
            dialogs.info("Print letters", "Propose the run first: there is no letter to print.");
            return;
        }
        LocalDate day = proposedFor;
        dialogs.chooseFolder("Folder for the dunning letters", null).ifPresent(folder -> {
            // a BatchTask: Cancel (or Esc) stops after the letter in hand; the letters printed keep their level
            BatchTask<DunningViewModel.PrintResult> task = new BatchTask<>() {
                @Override
                protected DunningViewModel.PrintResult call() {
                    updateTitle("Printing dunning letters");
                    return model.print(letters, day, folder, progress((n, of) -> "Printing letter " + n + " of " + of));
                }
            };
            task.setStoppingText("Cancelling after the letter in hand\u2026");
            task.setOnSucceeded(e -> printed(task.getValue(), folder));
            task.setOnCancelled(e -> status.showMessage("Printing stopped; letters already written are in " + folder));
            task.setOnFailed(e -> printFailed(task.getException(), folder));
            progress.bind(tasks.run(task), true);
        });
    }

    private void printFailed(Throwable e, Path folder) {
        if (e instanceof NotAuthorizedException) {
            // refused before the first letter: nothing to look for in the folder
            dialogs.error("The letters were not printed: " + e.getMessage(), "No letter was written and no level recorded.",
                    "Ask a user who may run dunning to print them.");
            return;
        }
        dialogs.error("Printing the letters failed: " + e.getMessage(),
                "Letters already written stay in " + folder + "; no level was recorded for this run.",
                "Check the folder and print again.", e);
    }

    private void printed(DunningViewModel.PrintResult result, Path folder) {
        if (result.cancelled()) {
            // the letters printed are recorded and leave the run; those not printed stay to print again
            table.getItems().remove(0, result.written().size());
            summary();
            status.showMessage(result.summary() + ". They are in " + folder);
            return;
        }
        table.getItems().clear();
        proposedFor = null;
        showLetter(null);
        summary();
        status.showMessage(result.summary() + " to " + folder + "; levels recorded");
    }

    public void focusFirst() {
        runDatePicker.requestFocus();
    }
}
