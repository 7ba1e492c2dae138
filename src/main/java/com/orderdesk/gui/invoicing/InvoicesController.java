package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.AnyChoice;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.TableFilter;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.invoicing.DocumentListModel.PrintState;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.util.Duration;

/**
 * The invoice printing screen: invoices and credit memos with filters (print state, standing,
 * customer, dates, search), totals and multi-select; a preview of the selected document beside
 * the list; issuing invoices for shipped shipments; printing, PDF export and the batch export of
 * everything not yet printed (through {@link DocumentActions}). All database and report work runs
 * off the FX thread.
 */
public final class InvoicesController {
    private final InvoicingDesk desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final ObservableList<DocumentRow> rows = FXCollections.observableArrayList();
    private final PauseTransition selectionPause = new PauseTransition(Duration.millis(150));
    private List<ShipmentToInvoice> waiting = List.of();
    private TableFilter<DocumentRow> filter;
    private PagePreview preview;
    private DocumentActions actions;
    private Task<?> loading;
    private com.orderdesk.gui.claims.DisputeDialog disputes;

    @FXML private javafx.scene.layout.BorderPane root;
    @FXML private TextField searchField;
    @FXML private ComboBox<PrintState> printedBox;
    @FXML private ComboBox<InvoiceStanding> standingBox;
    @FXML private ComboBox<CustomerChoice> customerBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Button issueButton;
    @FXML private Button disputeButton;
    @FXML private TableView<DocumentRow> table;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private Label countLabel;
    @FXML private Label openLabel;
    @FXML private Label creditsLabel;
    @FXML private javafx.scene.control.Tooltip creditsTip;
    @FXML private Label totalLabel;
    @FXML private TaskProgressBar progress;
    @FXML private ImageView pageImage;
    @FXML private javafx.scene.control.ScrollPane previewScroll;
    @FXML private Label pageLabel;
    @FXML private Label previewTitle;
    @FXML private Label previewHint;
    @FXML private javafx.scene.control.ToggleButton readButton;
    @FXML private javafx.scene.layout.BorderPane previewPane;

    public InvoicesController(InvoicingDesk desk, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        printedBox.getItems().setAll(PrintState.values());
        printedBox.setValue(PrintState.ALL);
        printedBox.setConverter(Formats.display(p -> p.label, PrintState.ALL.label));
        AnyChoice.fill(standingBox, DocumentListModel::words, "All statuses", InvoiceStanding.values());
        customerBox.setConverter(Formats.display(CustomerChoice::toString, "All customers"));
        DateEntry.attach(fromPicker, formats);
        DateEntry.attach(toPicker, formats);
        table.getColumns().setAll(new DocumentColumns(formats).all());
        DocumentColumns.fit(table);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        filter = TableFilter.install(table, rows);
        DocumentColumns.roomBesidePreview(split, table); // after the list's rows are set: it asks room for their names
        filter.filterByText(searchField.textProperty(), DocumentListModel::matches);
        TablePrefs.forUser().remember(table, "invoices");
        printedBox.valueProperty().addListener((o, a, b) -> applyConditions());
        standingBox.valueProperty().addListener((o, a, b) -> applyConditions());
        customerBox.valueProperty().addListener((o, a, b) -> applyConditions());
        fromPicker.valueProperty().addListener((o, a, b) -> refresh());
        toPicker.valueProperty().addListener((o, a, b) -> refresh());
        filter.filtered().addListener((ListChangeListener<DocumentRow>) c -> showTotals());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DocumentRow>) c -> showTotals());

        preview = new PagePreview(pageImage, tasks, desk.renderer(), e -> {
                    status.showMessage("Preview failed: " + e.getMessage());
                    previewHint.setText("Preview failed: " + e.getMessage());
                },
                () -> previewScroll.getViewportBounds().getWidth() - 48);
        ReadingPreview.install(readButton, split, previewPane, previewScroll, preview);
        pageLabel.textProperty().bind(preview.pageTextProperty());
        previewHint.visibleProperty().bind(pageImage.imageProperty().isNull());
        actions = new DocumentActions(desk, tasks, dialogs, status, progress, preview, previewTitle, this::refresh);
        selectionPause.setOnFinished(e -> previewFocused());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selectionPause.playFromStart());
        InvoiceKeys.install(this, root, searchField, table, preview);
        showIssueButton();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDisputeButton());
        showDisputeButton();
    }

    /** The dispute dialog, for a user who may open disputes (without it the action stays disabled). */
    public void setDisputes(com.orderdesk.gui.claims.DisputeDialog disputes) {
        this.disputes = disputes;
        if (disputeButton != null) { // the app sets it before the screen's view is first loaded
            showDisputeButton();
        }
    }

    private DocumentRow disputable() {
        DocumentRow row = table.getSelectionModel().getSelectedItem();
        return disputes != null && disputes.allowed() && row != null && row.kind() == DocumentKind.INVOICE
                && row.open() != null && row.open().isPositive() ? row : null;
    }

    private void showDisputeButton() {
        disputeButton.setDisable(disputable() == null);
    }

    private void applyConditions() {
        filter.setCondition(DocumentListModel.condition(printedBox.getValue(), standingBox.getValue(), customerBox.getValue()));
    }

    private void showTotals() {
        DocumentListModel.Totals t = DocumentListModel.totals(filter.filtered(), table.getSelectionModel().getSelectedItems().size());
        countLabel.setText(t.countLine());
        // the invoices' open amount alone, as the dashboard's Receivables counts it; the credit memos not
        // yet applied beside it (one figure netting both read as a different receivables figure)
        openLabel.setText("Open invoices " + formats.money(t.openInvoices()));
        creditsLabel.setText("Unapplied credits " + formats.money(t.unappliedCredits()));
        creditsLabel.setVisible(!t.unappliedCredits().isZero());
        creditsTip.setText(Messages.get("invoices.unappliedCredits.tip", formats.money(t.netOpen())));
        totalLabel.setText("Total " + formats.money(t.total()));
    }

    private void showIssueButton() {
        issueButton.setText("I_nvoice shipped (" + waiting.size() + ")");
        issueButton.setDisable(waiting.isEmpty());
    }

    /** Reloads documents (for the date range) and shipments waiting for an invoice. */
    @FXML
    public void refresh() {
        reload(null);
    }

    /** Reloads; {@code select} (documents just made) replaces the selection and takes the focus, or null keeps both. */
    private void reload(List<String> select) {
        if (loading != null) {
            loading.cancel();
        }
        LocalDate today = LocalDate.now(desk.clock());
        DocumentFilter f = new DocumentFilter(null, null, null, null, fromPicker.getValue(), toPicker.getValue(), today, 20_000);
        record Loaded(Listing<DocumentRow> listing, List<ShipmentToInvoice> waiting) {
            List<DocumentRow> rows() {
                return listing.rows();
            }
        }
        var user = desk.currentUser().get();
        Task<Loaded> task = UiTasks.of(() -> new Loaded(desk.book().list(user, f), desk.book().shipmentsToInvoice(user)), loaded -> {
            List<String> keep = select != null ? select : selectedNumbers();
            rows.setAll(loaded.rows());
            waiting = loaded.waiting();
            showIssueButton();
            refreshCustomers();
            select(keep);
            if (select != null) {
                // the issue button, focused when its dialog closed, is disabled once nothing waits, which sent
                // the focus on to Print (tour5): the list takes it, on the new invoices, for the next key
                if (!table.getSelectionModel().isEmpty()) {
                    table.scrollTo(table.getSelectionModel().getSelectedIndex());
                }
                table.requestFocus();
            }
            status.setCounts(String.format("%,d invoices and credit memos, %,d shipments to invoice", loaded.rows().size(),
                    loaded.waiting().size()));
            if (!loaded.listing().damaged().isEmpty()) {
                status.showMessage(loaded.listing().damageNote());
            }
        }, e -> status.showMessage("Invoices could not be listed: " + e.getMessage()));
        loading = task;
        tasks.run(task);
    }

    private void select(List<String> numbers) {
        java.util.Set<String> wanted = java.util.Set.copyOf(numbers);
        List<DocumentRow> shown = filter.sorted();
        // upwards, so the row in focus (the last one selected) is the topmost; in one call, one change event
        int[] at = java.util.stream.IntStream.iterate(shown.size() - 1, i -> i >= 0, i -> i - 1)
                .filter(i -> wanted.contains(shown.get(i).number())).toArray();
        table.getSelectionModel().clearSelection();
        if (at.length > 0) {
            table.getSelectionModel().selectIndices(at[0], java.util.Arrays.copyOfRange(at, 1, at.length));
        }
    }

    private void refreshCustomers() {
        CustomerChoice chosen = customerBox.getValue();
        List<CustomerChoice> customers = DocumentListModel.customers(rows);
        customerBox.getItems().setAll((CustomerChoice) null);
        customerBox.getItems().addAll(customers);
        customerBox.setValue(chosen != null && customers.contains(chosen) ? chosen : null);
    }

    List<String> selectedNumbers() {
        return table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).map(DocumentRow::number).toList();
    }

    private void previewFocused() {
        DocumentRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            // the first page of a run can take seconds to draw: the pane says what it is doing, not "select one"
            previewHint.setText(Messages.get("invoices.preview.loading", row.number()));
            actions.preview(row, previewHint::setText);
        } else {
            actions.forgetPreview();
        }
    }

    @FXML
    void onIssue() {
        if (waiting.isEmpty()) {
            return;
        }
        ShipmentsToInvoiceDialog.ask(root.getScene().getWindow(), waiting, formats)
                .filter(ids -> !ids.isEmpty())
                .ifPresent(ids -> actions.issue(ids, this::reload));
    }

    @FXML
    void onPrint() {
        actions.print(selectedNumbers());
    }

    @FXML
    void onExport() {
        actions.exportSelected(selectedNumbers());
    }

    @FXML
    void onExportUnprinted() {
        actions.exportUnprinted();
    }

    @FXML
    void onCreditMemo() {
        DocumentRow row = table.getSelectionModel().getSelectedItem();
        if (row == null || row.kind() != DocumentKind.INVOICE) {
            status.showMessage("Select the invoice to credit.");
            return;
        }
        // the invoice's lines are read off the FX thread, then the dialog asks what to credit
        tasks.run(UiTasks.of(() -> java.util.Map.entry(desk.book().document(desk.currentUser().get(), row.number()).lines(),
                        desk.book().creditBasis(desk.currentUser().get(), row.number())),
                read -> CreditMemoDialog.ask(root.getScene().getWindow(), row, read.getKey(), read.getValue(), formats)
                        .ifPresent(request -> actions.creditMemo(row, request)),
                e -> status.showMessage("The lines of " + row.number() + " could not be read: " + e.getMessage())));
    }

    /** The customer disputes the selected open invoice: the dialog opens the claim, the claims desk works it. */
    @FXML
    void onDispute() {
        DocumentRow row = disputable();
        if (row == null) {
            status.showMessage(disputes == null || !disputes.allowed() ? "Your role may not open disputes."
                    : "Select the open invoice the customer disputes.");
            return;
        }
        disputes.ask(root.getScene().getWindow(), tasks, row.number(), true).ifPresent(number -> {
            status.showMessage("Dispute " + number + " opened on " + row.number() + "."); // longer, it was cut at 1366 px
            refresh();
        });
    }

    @FXML
    void onStatement() {
        CustomerChoice c = customerBox.getValue();
        DocumentRow row = table.getSelectionModel().getSelectedItem();
        String customer = c != null ? c.number() : row != null ? row.customerNumber() : null;
        if (customer == null) {
            status.showMessage("Choose a customer (or select one of its documents) for the statement.");
            return;
        }
        actions.statement(customer);
    }

    @FXML
    void onPreviousPage() {
        preview.previous();
    }

    @FXML
    void onNextPage() {
        preview.next();
    }

    @FXML
    void onZoomIn() {
        preview.zoomIn();
    }

    @FXML
    void onZoomOut() {
        preview.zoomOut();
    }

    @FXML
    void onFitWidth() {
        preview.fitWidth();
    }

    /** The preview's larger page on or off (Alt+Z). */
    void toggleReading() {
        readButton.setSelected(!readButton.isSelected());
    }

    @FXML
    void onSavePreview() {
        actions.savePreview();
    }

    @FXML
    void onPrintPreview() {
        actions.printPreview();
    }

    public void focusSearch() {
        searchField.requestFocus();
    }

    public void showDocument(String number) { // an order's timeline links here, whatever the dates shown before
        fromPicker.setValue(null);
        toPicker.setValue(null);
        searchField.setText(number);
        refresh();
    }

    /** Shows only documents never printed (used by the shell's shortcut and by tests). */
    public void showUnprinted() {
        printedBox.setValue(PrintState.UNPRINTED);
    }
}
