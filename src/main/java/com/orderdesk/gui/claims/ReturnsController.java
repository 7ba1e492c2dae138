package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.ReceiptResult;
import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.EnterKey;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.claims.ReturnNodes;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.logic.claims.ReturnableLine;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/**
 * Returns: the clerk types an invoice number, picks the line, the quantity and the reason (the fee
 * and the proposed node follow), and authorizes; below, the returns still to come, received unit
 * by unit to stock or scrap, and the RMA printed for the customer. All reads and writes off the FX thread.
 */
public final class ReturnsController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    /** The description and the customer at their narrowest, in a narrow table: two or three words a line. */
    static final double NARROW_TEXT_MIN = 110;

    /**
     * Below this width the form's waive box says "Waive fee" and its field prompts "why it is waived": the sentence "Waive the
     * fee, because" set the form's first column at some 190 px, which the invoice's lines lack at 1024 x 768.
     */
    static final double SHORT_FORM_BELOW = 1_100;

    private final ReturnsViewModel model;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Function<String, Path> printRma;
    private final Formats formats = Formats.forDefaultLocale();
    private final ObservableList<ReturnRow> rmas = FXCollections.observableArrayList();
    private final FilteredList<ReturnRow> shownRmas = new FilteredList<>(rmas);

    @FXML private BorderPane root;
    @FXML private TextField invoiceField;
    @FXML private Label customerLabel;
    @FXML private TableView<ReturnableLine> lineTable;
    @FXML private TextField quantityField;
    @FXML private ComboBox<ReturnReason> reasonBox;
    @FXML private CheckBox waiveBox;
    @FXML private TextField waiveField;
    @FXML private Label feeLabel;
    @FXML private ComboBox<ReturnNodes.Choice> nodeBox;
    @FXML private TextField noteField;
    @FXML private CheckBox openOnlyBox;
    @FXML private TextField toStockField;
    @FXML private TextField scrapField;
    @FXML private TableView<ReturnRow> rmaTable;
    @FXML private Label resultLabel;
    @FXML private javafx.scene.control.Button receiveButton;
    private boolean mayReceive = true;

    /** {@code printRma} writes the RMA's PDF and returns where (called off the FX thread). */
    public ReturnsController(ReturnsViewModel model, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                             Function<String, Path> printRma) {
        this.model = model;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.printRma = printRma;
    }

    @FXML
    private void initialize() {
        // the FXML's labelFor="$..." names controls declared after their labels, which FXML leaves unlinked
        com.orderdesk.gui.common.Mnemonics.linkLabels(root);
        // widths: at 1366 px every header and the usual value whole under the application's look
        TableColumn<ReturnableLine, String> lineNo = TextColumn.of(Messages.get("returns.col.line"), l -> String.valueOf(l.lineNo()), 56);
        lineTable.getColumns().add(lineNo);
        lineTable.getColumns().add(TextColumn.of(Messages.get("returns.col.sku"), ReturnableLine::sku, 100));
        TableColumn<ReturnableLine, String> description = TextColumn.of(Messages.get("returns.col.description"), ReturnableLine::description, 192);
        lineTable.getColumns().add(description);
        lineTable.getColumns().add(TextColumn.of(Messages.get("returns.col.invoiced"), l -> ReturnsText.invoiced(formats.quantity(l.invoiced()), l.unit()), 92));
        TableColumn<ReturnableLine, String> returned = TextColumn.of(Messages.get("returns.col.returned"), l -> formats.quantity(l.alreadyAuthorized()), 98);
        lineTable.getColumns().add(returned);
        lineTable.getColumns().add(TextColumn.of(Messages.get("returns.col.mayReturn"), l -> formats.quantity(l.returnable()), 112));
        lineTable.getColumns().add(MoneyColumn.of(Messages.get("returns.col.net"), ReturnableLine::net, formats, 90));

        // "1 of 3" received in one column, as the fulfillment plan writes a short pick: three columns
        // of one-digit counts under ten-letter headers left the customer's name and the reason cut
        rmaTable.getColumns().add(TextColumn.of(Messages.get("returns.col.rma"), ReturnRow::number, 104));
        TableColumn<ReturnRow, String> customer = TextColumn.of(Messages.get("returns.col.customer"), r -> r.customerNumber() + " " + r.customerName(), 200);
        rmaTable.getColumns().add(customer);
        TableColumn<ReturnRow, String> invoice = TextColumn.of(Messages.get("returns.col.invoice"), ReturnRow::invoiceNumber, 100);
        rmaTable.getColumns().add(invoice);
        rmaTable.getColumns().add(TextColumn.of(Messages.get("returns.col.sku"), ReturnRow::sku, 100));
        rmaTable.getColumns().add(TextColumn.of(Messages.get("returns.col.received"), r -> ReturnsText.received(formats.quantity(r.received()), formats.quantity(r.authorized())), 98));
        TableColumn<ReturnRow, String> reason = TextColumn.of(Messages.get("returns.col.reason"), r -> ReturnsText.reason(r.reason()), 220);
        rmaTable.getColumns().add(reason);
        TableColumn<ReturnRow, String> fee = TextColumn.of(Messages.get("returns.col.fee"), this::fee, 64);
        rmaTable.getColumns().add(fee);
        rmaTable.getColumns().add(TextColumn.of(Messages.get("returns.col.node"), ReturnRow::nodeCode, 80));
        rmaTable.getColumns().add(TextColumn.of(Messages.get("returns.col.status"), r -> ReturnsText.status(r.status()), 124));
        rmaTable.getColumns().add(com.orderdesk.gui.common.DateColumn.of(Messages.get("returns.col.returnBy"), ReturnRow::expiresOn, formats, 108));
        // the description and the customer's name take the room the other columns leave, and wrap
        // where even that is short ("Packing List Envelope ...", "C-10097 Gulf Coast Plas..." at 1366 px)
        ColumnFit.fill(lineTable, description);
        ColumnFit.fill(rmaTable, customer);
        ColumnFit.wrap(description);
        ColumnFit.wrap(customer);
        SortedList<ReturnRow> sorted = new SortedList<>(shownRmas);
        sorted.comparatorProperty().bind(rmaTable.comparatorProperty());
        rmaTable.setItems(sorted);
        // at 1024 x 768 neither table holds its columns: the line's number goes (the lines' order says it), the
        // short columns take their values' widths, and the description and the customer wrap in what is left
        NarrowReturnColumns.install(lineTable, List.of(lineNo, returned), description, NARROW_TEXT_MIN);
        root.widthProperty().addListener((o, a, width) -> shortWaive(width.doubleValue() < SHORT_FORM_BELOW));
        // the returns: the invoice under the customer, the fee after the reason, which wraps ("Surplus (ordered
        // too many)" alone asked 208 px of the 884)
        ColumnFit.wrap(reason);
        NarrowReturnColumns.install(rmaTable, new NarrowReturnColumns.Narrowing<>(List.of(invoice, fee), customer,
                NARROW_TEXT_MIN, java.util.Map.of(
                        customer, c -> text(c.getValue().customerNumber() + " " + c.getValue().customerName() + "\n"
                                + c.getValue().invoiceNumber()),
                        reason, c -> text(ReturnsText.reasonWithFee(c.getValue().reason(), c.getValue().feeWaived(),
                                c.getValue().feePercent().signum() == 0, fee(c.getValue())))),
                java.util.Map.of(reason, NARROW_TEXT_MIN)));
        showReceiving();
        shownRmas.setPredicate(this::openOnly);
        openOnlyBox.selectedProperty().addListener((o, a, b) -> shownRmas.setPredicate(this::openOnly));
        reasonBox.getItems().setAll(ReturnReason.values());
        reasonBox.setConverter(Formats.display(ReturnsText::reason, ""));
        // the list names each node in full, the field the chosen one as it fits (its name in the field's tooltip)
        nodeBox.setConverter(Formats.display(c -> c.label(), ""));
        nodeBox.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ReturnNodes.Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.shortLabel());
                nodeBox.setTooltip(empty || choice == null ? null : new javafx.scene.control.Tooltip(choice.label()));
            }
        });
        EnterKey.runs(this::loadInvoice, invoiceField);
        lineTable.getSelectionModel().selectedItemProperty().addListener((o, a, line) -> lineChosen(line));
        lineTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                quantityField.requestFocus();
                e.consume();
            }
        });
        quantityField.textProperty().addListener((o, a, b) -> showFee());
        reasonBox.valueProperty().addListener((o, a, b) -> showFee());
        waiveBox.selectedProperty().addListener((o, a, b) -> showFee());
        waiveField.disableProperty().bind(waiveBox.selectedProperty().not());
        rmaTable.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            toStockField.setText(r == null ? "" : String.valueOf(r.outstanding()));
            scrapField.setText("0");
        });
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                onAuthorize();
                e.consume();
            } else if (PRINT.match(e)) {
                onPrint();
                e.consume();
            }
        });
    }

    private void shortWaive(boolean short_) {
        waiveBox.setText(ReturnsText.waive(short_));
        waiveField.setPromptText(ReturnsText.waivePrompt(short_));
    }

    private String fee(ReturnRow r) {
        return ReturnsText.feeCell(r.feeWaived(), formats.percent(r.feePercent()));
    }

    private static javafx.beans.value.ObservableValue<String> text(String text) {
        return new javafx.beans.property.ReadOnlyStringWrapper(text);
    }

    private boolean openOnly(ReturnRow r) {
        return !openOnlyBox.isSelected() || r.status() == ReturnStatus.AUTHORIZED || r.status() == ReturnStatus.PARTLY_RECEIVED;
    }

    private void loadInvoice() {
        String n = invoiceField.getText().strip();
        if (n.isEmpty()) {
            return;
        }
        run(() -> model.returnable(n), lines -> {
            lineTable.getItems().setAll(lines);
            customerLabel.setText(lines.isEmpty() ? ReturnsText.nothingComesBack()
                    : lines.get(0).customerNumber() + "  " + lines.get(0).customerName());
            if (!lines.isEmpty()) {
                lineTable.requestFocus();
                lineTable.getSelectionModel().selectFirst();
            }
        });
    }

    private void lineChosen(ReturnableLine line) {
        nodeBox.getItems().setAll(line == null ? List.of() : line.nodes());
        if (line != null && !line.nodes().isEmpty()) {
            nodeBox.setValue(line.nodes().get(0));
        }
        quantityField.setText(line == null ? "" : String.valueOf(line.returnable()));
        showFee();
    }

    private int quantity() {
        try {
            return (int) formats.parseQuantity(quantityField.getText());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    private void showFee() {
        feeLabel.setText(model.feeText(lineTable.getSelectionModel().getSelectedItem(), quantity(), reasonBox.getValue(),
                waiveBox.isSelected()));
    }

    @FXML
    private void onAuthorize() {
        ReturnableLine line = lineTable.getSelectionModel().getSelectedItem();
        int qty = quantity();
        ReturnReason reason = reasonBox.getValue();
        boolean waive = waiveBox.isSelected();
        String why = waiveField.getText();
        Long node = nodeBox.getValue() == null ? null : nodeBox.getValue().node().nodeId();
        String note = noteField.getText();
        ReturnsViewModel.Refusal refusal = ReturnsViewModel.check(line, qty, reason, waive, why);
        if (refusal != null) {
            // said at the foot of the screen, and the cursor where it is put right: it stayed in the lines
            // table, and a clerk typing on changed the line (newuser18, tour of 7 December)
            resultLabel.setText(refusal.text());
            focus(refusal.field());
            return;
        }
        run(() -> model.authorize(line, qty, reason, waive, why, node, note), number -> {
            done(ReturnsText.authorized(number, qty, line.unit(), line.sku(), nodeBox.getValue().node().code()));
            // each return's reason chosen anew: kept, the next line showed its fee and one Ctrl+S authorized it
            reasonBox.setValue(null);
            waiveBox.setSelected(false);
            waiveField.clear();
            noteField.clear();
            loadInvoice();
        });
    }

    private void focus(ReturnsViewModel.Field field) {
        javafx.scene.control.Control target = switch (field) {
            case LINE -> lineTable;
            case QUANTITY -> quantityField;
            case REASON -> reasonBox;
            case WAIVE_REASON -> waiveField;
        };
        target.requestFocus();
        if (target == quantityField) {
            quantityField.selectAll();
        }
    }

    /**
     * Whether the user may receive returned goods (the warehouse's step): the AR clerk authorizes returns but
     * was offered To stock, Scrap and Receive only to be refused after typing (tour of 7 December).
     */
    public void setMayReceive(boolean may) {
        mayReceive = may;
        if (receiveButton != null) {
            showReceiving();
        }
    }

    private void showReceiving() {
        for (javafx.scene.control.Control c : List.of(toStockField, scrapField, receiveButton)) {
            c.setDisable(!mayReceive);
        }
        if (!mayReceive) { // said once, where results are said: a disabled button shows no tooltip
            resultLabel.setText(ReturnsText.mayNotReceive());
        }
    }

    @FXML
    private void onReceive() {
        ReturnRow rma = rmaTable.getSelectionModel().getSelectedItem();
        if (rma == null) {
            resultLabel.setText(ReturnsText.chooseReturn());
            return;
        }
        int toStock;
        int scrap;
        try {
            toStock = (int) formats.parseQuantity(toStockField.getText().isBlank() ? "0" : toStockField.getText());
            scrap = (int) formats.parseQuantity(scrapField.getText().isBlank() ? "0" : scrapField.getText());
        } catch (IllegalArgumentException e) {
            resultLabel.setText(e.getMessage());
            return;
        }
        run(() -> model.receive(rma, toStock, scrap, null), (ReceiptResult r) -> done(ReturnsText.receivedResult(r.rmaNumber(), toStock, scrap,
                r.creditMemoNumber(), formats.money(r.credit()), r.fee().isPositive() ? formats.money(r.fee()) : null)));
    }

    @FXML
    private void onPrint() {
        ReturnRow rma = rmaTable.getSelectionModel().getSelectedItem();
        if (rma != null) {
            run(() -> printRma.apply(rma.number()), path -> status.showMessage(ReturnsText.written(rma.number(), String.valueOf(path))));
        }
    }

    private <T> void run(Callable<T> work, Consumer<T> onDone) {
        root.setDisable(true);
        tasks.run(UiTasks.of(work, v -> {
            root.setDisable(false);
            onDone.accept(v);
        }, e -> {
            root.setDisable(false);
            if (e instanceof IllegalArgumentException || e instanceof com.orderdesk.logic.store.ConcurrentEditException
                    || e instanceof com.orderdesk.logic.security.NotAuthorizedException) {
                resultLabel.setText(e.getMessage());
            } else {
                dialogs.error(Messages.get("returns.saveFailed", e.getMessage()), Messages.get("returns.saveFailed.kept"),
                        Messages.get("returns.saveFailed.todo"), e);
            }
        }));
    }

    private void done(String message) {
        resultLabel.setText(message);
        status.showMessage(message);
        refresh();
    }

    /** Reloads the returns list. */
    public void refresh() {
        tasks.run(UiTasks.of(model::list, (Listing<ReturnRow> l) -> rmas.setAll(l.rows()),
                e -> resultLabel.setText(ReturnsText.readFailed(e.getMessage()))));
    }

    public void focusInvoice() {
        invoiceField.requestFocus();
    }
}
