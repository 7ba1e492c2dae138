package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.cash.desk.DeductionReason;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.customer.CustomerHit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The cash-matching desk: the day's payments with their status and totals on the left, the
 * selected payment on the right with the engine's proposal, the customer's open invoices to tick
 * and amounts to change, and Post / Reverse. Thin: the grid's arithmetic is in
 * {@link ApplyViewModel}, the use cases behind {@link CashDeskServices}, all of it off the FX thread.
 */
public final class CashMatchingController {
    private static final KeyCombination IMPORT = Shortcuts.shortcut(KeyCode.I);
    private static final KeyCombination MATCH = Shortcuts.shortcut(KeyCode.M);

    private final CashDeskServices desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Clock clock;
    private final Formats formats = Formats.forDefaultLocale();
    private final ApplyViewModel apply = new ApplyViewModel();
    /** The selected payment's detail and its customer's open invoices: only the latest request's answer shows. */
    private final LatestAnswer details = new LatestAnswer();
    private final LatestAnswer openInvoices = new LatestAnswer();
    private PaymentList list;
    private CashBatchActions batch;
    private PaymentDetailPane detail;
    private long shownPayment = -1;
    private PaymentPosting posting;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private DatePicker dayPicker;
    @FXML private ComboBox<DeskStatus> statusBox;
    @FXML private TextField searchField;
    @FXML private TableView<DeskPayment> paymentTable;
    @FXML private FlowPane totalsBox;
    @FXML private VBox detailBox;
    @FXML private Label paymentTitle;
    @FXML private StatusChip paymentChip;
    @FXML private Label paymentAmount;
    @FXML private Label payerLabel;
    @FXML private Label sourceLabel;
    @FXML private Label remittanceLabel;
    @FXML private Label proposalLabel;
    @FXML private TextField customerField;
    @FXML private TableView<ApplyRow> invoiceTable;
    @FXML private ComboBox<DeductionReason> reasonBox;
    @FXML private Label appliedLabel;
    @FXML private Label differenceLabel;
    @FXML private Button postButton;
    @FXML private Button discountButton;
    @FXML private Button deductionButton;
    @FXML private Button onAccountButton;
    @FXML private Button reverseButton;
    @FXML private VBox problemsBox;
    @FXML private Label postedLabel;
    @FXML private TaskProgressBar progress;

    public CashMatchingController(CashDeskServices desk, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.clock = desk.clock();
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        // every column of the apply grid whole where the window has the room (1366 px); at 1024 it gives way
        com.orderdesk.gui.common.SplitRoom.keepWhereRoom(split, (javafx.scene.layout.Region) split.getItems().get(1), 772);
        DeskSplit.stackWhereNarrow(split, detailBox); // at 1024 x 768 the list above, not beside
        batch = new CashBatchActions(desk, tasks, dialogs, status, progress, this::refresh);
        detail = new PaymentDetailPane(new PaymentDetailPane.Controls(detailBox, paymentTitle, paymentChip, paymentAmount, payerLabel,
                sourceLabel, remittanceLabel, proposalLabel, customerField, postedLabel, invoiceTable, appliedLabel, differenceLabel,
                List.of(postButton, discountButton, reasonBox, deductionButton, onAccountButton), reverseButton, problemsBox), apply, formats);
        posting = new PaymentPosting(desk, tasks, dialogs, status, apply, detail::showProblems, this::reload, this::movedOn);
        CashTables tables = new CashTables(formats, this::showProblem);
        tables.paymentColumns(paymentTable);
        tables.invoiceColumns(invoiceTable);
        invoiceTable.setItems(apply.rows());
        list = new PaymentList(desk, tasks, status, formats, new PaymentList.Controls(dayPicker, statusBox, searchField, paymentTable,
                totalsBox), this::loadDetail, this::showNoPayment);
        reasonBox.getItems().setAll(DeductionReason.values());
        reasonBox.setConverter(Formats.display(DeductionReason::label, ""));
        CashTables.applyGridKeys(invoiceTable);
        AutoCompleteField<CustomerHit> customer = AutoCompleteField.attach(customerField, q -> desk.searchCustomers(q, 12),
                Formats.display(c -> c.number() + "  " + c.name(), ""));
        customer.selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && apply.detail() != null && !c.number().equals(apply.customerNo())) {
                chooseCustomer(c.number());
            }
        });
        Shortcuts.on(root).add(Shortcuts.SAVE, this::onPost).add(Shortcuts.NEW, this::onCheque).add(IMPORT, this::onImport)
                .add(MATCH, this::onAutoMatch).add(Shortcuts.FIND, searchField::requestFocus);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::altKeys);
        detail.show(null);
    }

    /**
     * The Alt+letter actions, handled here as well as by the buttons' mnemonics: a mnemonic of a
     * screen no longer shown (order entry's P_roduct) can still claim the letter in the shared
     * scene, so the screen asks first while the focus is inside it.
     */
    private void altKeys(KeyEvent e) {
        Runnable action = altAction(e);
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private Runnable altAction(KeyEvent e) {
        if (!e.isAltDown() || e.isControlDown() || e.isShiftDown()) {
            return null;
        }
        return switch (e.getCode()) {
            case D -> this::onTakeDiscount;
            case E -> this::onDeduction;
            case R -> this::onRestOnAccount;
            case P -> this::onPost;
            case V -> this::onReverse;
            case U -> this::onPostAllAuto;
            case A -> this::onAutoMatch;
            default -> null;
        };
    }

    /** Reloads the day's list, keeping the selected payment selected. */
    public void refresh() {
        list.refresh();
    }

    private void loadDetail(long id) {
        openInvoices.forget(); // a customer chosen for the payment shown before
        if (id != shownPayment) {
            // a deduction's reason is chosen for one payment's invoice; on the next it stayed, ready to be
            // recorded for a deduction no one had chosen it for (tour of 7 December). A reload keeps it.
            reasonBox.setValue(null);
            shownPayment = id;
        }
        tasks.run(details.of(() -> desk.detail(id), detail::show,
                e -> status.showMessage("Payment could not be shown: " + e.getMessage())));
    }

    /** The list shows no payment: nor does the detail, so nothing is posted that the clerk cannot see in the list. */
    private void showNoPayment() {
        details.forget();
        openInvoices.forget();
        shownPayment = -1;
        reasonBox.setValue(null);
        detail.showNone(Messages.get("cash.noneShown"));
    }

    private void chooseCustomer(String number) {
        LocalDate received = apply.detail().payment().receivedDate();
        tasks.run(openInvoices.of(() -> desk.openInvoices(number, received), list -> {
                    apply.showCustomer(number, list);
                    detail.showNoInvoices(number);
                    // ticking an invoice is the next step: the grid takes the focus (on its first row, ListKeys);
                    // it stayed in Customer after Enter (keyboard tour, 6 December). With none open it stays.
                    if (!list.isEmpty()) {
                        invoiceTable.requestFocus();
                    }
                },
                e -> status.showMessage(Messages.get("cash.openInvoices.failed", number, e.getMessage()))));
    }

    private void showProblem(String message) {
        detail.showProblems(List.of(message));
    }

    private ApplyRow currentRow() {
        ApplyRow r = invoiceTable.getSelectionModel().getSelectedItem();
        if (r == null) {
            showProblem("Select an invoice in the list first.");
        }
        return r;
    }

    @FXML
    void onTakeDiscount() {
        ApplyRow r = currentRow();
        if (r != null && !apply.takeDiscount(r)) {
            showProblem(r.invoice().invoiceNo() + " has no early-payment discount on " + formats.date(apply.detail().payment().receivedDate()) + ".");
        }
        invoiceTable.refresh();
    }

    @FXML
    void onDeduction() {
        ApplyRow r = currentRow();
        if (r == null) {
            return;
        }
        DeductionReason reason = reasonBox.getValue();
        if (reason == null) {
            showProblem("Choose the deduction's reason first.");
            // after Alt+E the scene focuses the button once its action has run: move on after that
            javafx.application.Platform.runLater(reasonBox::requestFocus);
        } else if (!apply.recordDeduction(r, reason.name())) {
            showProblem("Nothing is left open on " + r.invoice().invoiceNo() + " to keep as a deduction (tick it and lower the applied amount).");
        }
        invoiceTable.refresh();
    }

    @FXML
    void onRestOnAccount() {
        apply.leaveRestOnAccount();
    }

    @FXML
    void onPost() {
        posting.post();
    }

    @FXML
    void onReverse() {
        posting.reverse();
    }

    /**
     * Reads the day again keeping payment {@code id} selected, and shows it (even when the filter now hides it).
     * After a post or a reversal the list takes the focus, on that payment: the next one is a Down away (the
     * button pressed was disabled by then, and the focus fell on Reverse: keyboard tour, 6 December).
     */
    private void reload(long id) {
        list.keep(id);
        list.refresh();
        loadDetail(id);
        list.focus();
    }

    /**
     * After a post: the day is read again, the payment posted stays listed (the day's list holds what was worked that
     * day) and the next payment still to work is selected and shown; with none left, the posted one is shown (even
     * when the filter now hides it).
     */
    private void movedOn(long id) {
        list.moveOnFrom(id);
        list.refresh();
        loadDetail(id);
        list.focus();
    }

    @FXML
    void onImport() {
        batch.chooseAndImport(list.day());
    }

    @FXML
    void onAutoMatch() {
        batch.autoMatch(list.day());
    }

    @FXML
    void onPostAllAuto() {
        batch.postAllAuto(list.day(), list.payments());
    }

    @FXML
    void onCheque() {
        new ChequeEntryDialog(root.getScene().getWindow(), dialogs, LocalDate.now(clock)).ask().ifPresent(c ->
                tasks.run(UiTasks.of(() -> desk.enterCheque(c), p -> {
                    status.showMessage("Cheque " + c.chequeNo() + " entered as " + p.number());
                    list.keep(p.id());
                    list.showDay(p.receivedDate());
                    batch.autoMatch(p.receivedDate());
                }, e -> dialogs.error("The cheque was not entered: " + e.getMessage(), "Nothing was stored.",
                        "Check the cheque and enter it again."))));
    }

    public void showPayment(String number, LocalDate received) { // an order's timeline links here
        list.showPayment(number, received);
    }

    public void focusList() {
        list.focus();
    }

    ApplyViewModel applyModel() {
        return apply;
    }
}
