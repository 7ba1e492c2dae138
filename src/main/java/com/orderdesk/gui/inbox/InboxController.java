package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.ImportSummary;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.order.CapturedOrder;
import com.orderdesk.gui.order.OrderEntryController;
import com.orderdesk.gui.shell.StatusBarModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextFlow;

/**
 * The order inbox: the messages taken in (drop folder, Import messages..., files dropped here)
 * with what became of each, and beside a draft to review its message with the words each field
 * and line came from highlighted, next to an order entry screen of its own holding the draft.
 */
public final class InboxController {
    private static final KeyCombination IMPORT = Shortcuts.shortcut(KeyCode.I);

    private final InboxDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final ZoneId zone;
    private final Formats formats = Formats.forDefaultLocale();
    private final OrderEntryController reviewEntry;
    private final ObservableList<InboxRow> rows = FXCollections.observableArrayList();
    private final FilteredList<InboxRow> shown = new FilteredList<>(rows);
    /** The list was focused before its rows were read: the first to review is chosen when they are. */
    private boolean pickWhenRead;
    private boolean mayEnter = true;
    private boolean maySetFolders;
    /** The row whose draft is in the review pane; null when none is. */
    private InboxRow reviewing;
    /** The message opened beside the list (Enter on a row): only the latest one asked for shows. */
    private final LatestAnswer opening = new LatestAnswer();

    @FXML private BorderPane root;
    @FXML private TableView<InboxRow> inboxTable;
    @FXML private CheckBox toReviewOnly;
    @FXML private Button importButton;
    @FXML private Button notAnOrderButton;
    @FXML private Button foldersButton;
    @FXML private Label countLabel;
    @FXML private Label folderLabel;
    @FXML private Label messageTitle;
    @FXML private Label reasonsLabel;
    @FXML private javafx.scene.control.TitledPane detailsPane;
    @FXML private Label detailsLabel;
    @FXML private TextFlow messageFlow;
    @FXML private StackPane reviewHost;
    @FXML private javafx.scene.control.ScrollPane reviewScroll;
    @FXML private javafx.scene.control.SplitPane listSplit;
    @FXML private javafx.scene.control.SplitPane reviewSplit;
    private ReviewLayout review;
    @FXML private TaskProgressBar progressBar;

    public InboxController(InboxDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                           ZoneId zone) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.zone = zone;
        this.reviewEntry = new OrderEntryController(services.orders(), tasks, dialogs, status);
    }

    /** Whether this user may import and decide (order clerks); others see the inbox only. */
    public void setPermissions(boolean enterOrders) {
        mayEnter = enterOrders;
        reviewEntry.setPermissions(enterOrders, false);
        if (root != null) {
            importButton.setDisable(!enterOrders);
        }
    }

    /** Whether this user may set the drop folder and outbox (administrators): shows Inbox folders.... */
    public void setMaySetFolders(boolean allowed) {
        maySetFolders = allowed;
        if (root != null) {
            foldersButton.setVisible(allowed);
            foldersButton.setManaged(allowed);
        }
    }

    @FXML
    void onFolders() {
        if (maySetFolders) {
            new InboxSettingsWindow(services, tasks, dialogs, status, this::refresh).open(root.getScene().getWindow());
        }
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        setMaySetFolders(maySetFolders);
        InboxColumns.install(inboxTable, formats, zone);
        inboxTable.setItems(shown);
        toReviewOnly.selectedProperty().addListener((o, was, only) -> shown.setPredicate(only ? r -> r.status().open() : null));
        inboxTable.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> notAnOrderButton.setDisable(
                !mayEnter || row == null || !row.status().open()));
        notAnOrderButton.setDisable(true);
        importButton.setDisable(!mayEnter);
        inboxTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected();
            }
        });
        inboxTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        // Alt+M (its underlined letter) opens or closes a rejected message's More details: the toolkit fires the
        // mnemonic as an action, which a titled pane ignores (it had no key at all, tour)
        detailsPane.addEventHandler(javafx.event.ActionEvent.ACTION, e -> {
            detailsPane.setExpanded(!detailsPane.isExpanded());
            detailsPane.requestFocus();
        });
        review = new ReviewLayout(Views.load(reviewEntry), reviewScroll, reviewHost, inboxTable, listSplit, reviewSplit);
        // a save in the review pane: the item is "saved after review"; the list shows it
        reviewEntry.viewModel().orderNumberProperty().addListener((o, old, number) -> {
            if (number != null && reviewing != null) {
                status.showMessage(reviewing.source() + " saved as order " + number + " after review.");
                // the pane above the order said "To review" after the save; no person needs to look any more
                messageTitle.setText(InboxText.savedAfterReview(reviewing, number));
                reasonsLabel.setText("");
                reviewing = null;
                refresh();
            }
        });
        Shortcuts.on(root).add(IMPORT, this::onImport);
        // dropped here, the files are read with this area's progress bar and Cancel; a user who may
        // not capture leaves the drop to the window, which refuses it in words
        root.setOnDragOver(e -> {
            if (mayEnter && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.setOnDragDropped(e -> {
            if (mayEnter && e.getDragboard().hasFiles()) {
                take(e.getDragboard().getFiles().stream().map(java.io.File::toPath).filter(java.nio.file.Files::isRegularFile)
                        .toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
    }

    /** Reloads the list (off the FX thread), keeping the selection where it can. */
    public void refresh() {
        Long selected = Optional.ofNullable(inboxTable.getSelectionModel().getSelectedItem()).map(InboxRow::itemId).orElse(null);
        tasks.run(UiTasks.of(() -> new Loaded(services.list(), services.folders()), loaded -> {
            var listing = loaded.listing();
            rows.setAll(listing.rows());
            countLabel.setText(InboxText.count(rows, listing.damageNote()));
            folderLabel.setText("Drop folder: " + loaded.folders().dropFolder());
            // shortened at its start where the window is narrow: the whole path on the pointer
            folderLabel.setTooltip(new javafx.scene.control.Tooltip(folderLabel.getText()));
            shown.stream().filter(r -> selected != null && r.itemId() == selected).findFirst()
                    .ifPresent(r -> inboxTable.getSelectionModel().select(r));
            pickFirstToReview();
        }, e -> status.showMessage("The inbox could not be read: " + e.getMessage())));
    }

    /** Reloads the list when the inbox was ever shown (files dropped on another area were taken in). */
    public void refreshIfLoaded() {
        if (root != null) {
            refresh();
        }
    }

    private record Loaded(com.orderdesk.logic.store.Listing<InboxRow> listing,
                          com.orderdesk.application.capture.InboxUseCases.Folders folders) {
    }

    /**
     * The cursor in the list, on the first message still to review: it took the newest message, whatever
     * it was, and on the demo book the one to review was the fourth row, below three done (newuser18,
     * tour of 7 December). A list still being read is chosen in when it arrives.
     */
    public void focusList() {
        inboxTable.requestFocus();
        pickWhenRead = true;
        pickFirstToReview();
    }

    private void pickFirstToReview() {
        if (!pickWhenRead || shown.isEmpty()) {
            return;
        }
        pickWhenRead = false;
        if (inboxTable.getSelectionModel().isEmpty()) {
            int first = 0;
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).status().open()) {
                    first = i;
                    break;
                }
            }
            inboxTable.getSelectionModel().select(first);
            inboxTable.scrollTo(first);
        }
    }

    /** Import messages... (Ctrl+I): several files at once, read off the FX thread with progress and Cancel. */
    @FXML
    void onImport() {
        if (!mayEnter) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToOpen("Import messages", null, "Order messages", "*.eml", "*.edi", "*.x12",
                "*.850", "*.csv");
        if (!files.isEmpty()) {
            take(files);
        }
    }

    void take(List<Path> files) {
        Task<ImportSummary> task = new ImportTask(services, files);
        task.setOnSucceeded(e -> {
            status.showMessage(task.getValue().sentence());
            refresh();
        });
        task.setOnCancelled(e -> {
            status.showMessage("Import cancelled: the messages read before are in the inbox.");
            refresh();
        });
        task.setOnFailed(e -> {
            dialogs.error("The messages could not be imported: " + task.getException().getMessage(),
                    "The messages read before the problem are in the inbox.", "Check the file and import it again.",
                    task.getException());
            refresh();
        });
        progressBar.bind(tasks.run(task), true);
    }

    /** Enter on a row: a draft to review opens beside its message; any other shows its message (and its order). */
    private void openSelected() {
        InboxRow row = inboxTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (row.status().open() && mayEnter) {
            tasks.run(opening.of(() -> services.open(row.itemId()), opened -> {
                reviewing = row;
                showMessage(row, opened.item().draft().decodedText(), MessageText.marks(opened.item().draft()), true);
                CapturedOrder.show(reviewEntry, opened.prepared(), (d, newOrderOnSamePo) -> services.save(row.itemId(), d, newOrderOnSamePo));
                review.showForm(true);
                status.showMessage("Review " + row.source() + ": fix the order, then Ctrl+S; or Alt+N: not an order.");
                reviewEntry.focusFirstField();
            }, e -> dialogs.error("The message could not be opened: " + e.getMessage(), "Nothing was changed.",
                    "Reload the inbox and try again.", e)));
        } else {
            tasks.run(opening.of(() -> services.original(row.messageId()), original -> {
                reviewing = null;
                showMessage(row, original.text(), List.of(), row.orderId() != null);
                // the line speaks of this message: the previous one's "Review ..." stood under it (its order's
                // opening, when it has one, says "Opened order ..." after this)
                status.showMessage(row.source() + ": " + row.status().label().toLowerCase(java.util.Locale.ROOT)
                        + (row.orderNo() == null ? "." : ", order " + row.orderNo() + "."));
                if (row.orderId() == null) {
                    review.showNoOrder(InboxText.noOrder(row));
                } else {
                    review.showForm(true);
                    reviewEntry.open(row.orderId());
                }
            }, e -> status.showMessage("The message could not be read: " + e.getMessage())));
        }
    }

    private void showMessage(InboxRow row, String text, List<MessageText.Mark> marks, boolean withOrder) {
        review.messageShown(withOrder);
        messageTitle.setText(InboxText.title(row));
        reasonsLabel.setText(InboxText.reasons(row));
        String details = InboxText.details(row);
        detailsLabel.setText(details);
        detailsPane.setExpanded(false);
        detailsPane.setVisible(!details.isEmpty());
        detailsPane.setManaged(!details.isEmpty());
        messageFlow.getChildren().setAll(MessageText.runs(text, marks));
    }

    /** Alt+N: the selected message holds no order (asks for the reason, kept in the audit trail). */
    @FXML
    void onNotAnOrder() {
        InboxRow row = inboxTable.getSelectionModel().getSelectedItem();
        if (row == null || !row.status().open() || !mayEnter) {
            return;
        }
        dialogs.askReason("Not an order", row.source(), "The message stays in the inbox as not an order.")
                .ifPresent(why -> tasks.run(UiTasks.of(() -> {
                    services.markNotAnOrder(row.itemId(), why);
                    return row;
                }, done -> {
                    status.showMessage(row.source() + " marked not an order.");
                    if (reviewing != null && reviewing.itemId() == row.itemId()) {
                        // the message beside says what it is now, and no order is left to save: the
                        // pane said "To review" over a half-cleared order whose Save still worked (tour7)
                        reviewing = null;
                        reviewEntry.viewModel().clear();
                        review.showNoOrder(InboxText.NO_ORDER_IN_IT);
                        messageTitle.setText(InboxText.markedNotAnOrder(row));
                        reasonsLabel.setText(InboxText.notAnOrderBecause(why));
                        inboxTable.requestFocus(); // on to the next message; the hidden form keeps no focus (nor Ctrl+S)
                    }
                    refresh();
                }, e -> dialogs.error("The message could not be marked: " + e.getMessage(), "Nothing was changed.",
                        "Reload the inbox and try again.", e))));
    }

    OrderEntryController reviewEntry() {
        return reviewEntry;
    }

    ObservableList<InboxRow> rows() {
        return rows;
    }
}
