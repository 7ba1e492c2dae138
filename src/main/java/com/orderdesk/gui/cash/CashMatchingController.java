package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TableFilter;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.TaskProgressBar;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.cash.desk.DeductionReason;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.customer.CustomerHit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
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
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination MATCH = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final CashDeskServices desk;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Clock clock;
    private final Formats formats = Formats.forDefaultLocale();
    private final ObservableList<DeskPayment> payments = FXCollections.observableArrayList();
    private final ApplyViewModel apply = new ApplyViewModel();
    private TableFilter<DeskPayment> filter;
    private CashBatchActions batch;
    private Long wanted;

    @FXML private BorderPane root;
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
        batch = new CashBatchActions(desk, tasks, dialogs, status, progress, this::refresh);
        CashTables tables = new CashTables(formats, this::showProblem);
        tables.paymentColumns(paymentTable);
        tables.invoiceColumns(invoiceTable);
        invoiceTable.setItems(apply.rows());
        filter = TableFilter.install(paymentTable, payments);
        TablePrefs.forUser().remember(paymentTable, "cash-payments");
        dayPicker.setConverter(formats.dateConverter());
        dayPicker.setValue(LocalDate.now(clock));
        dayPicker.valueProperty().addListener((o, a, b) -> refresh());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(DeskStatus.values());
        statusBox.setConverter(Formats.display(PaymentListModel::label, Messages.get("cash.allStatuses")));
        statusBox.valueProperty().addListener((o, a, b) -> applyFilter());
        searchField.textProperty().addListener((o, a, b) -> applyFilter());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                paymentTable.requestFocus();
                paymentTable.getSelectionModel().selectFirst();
            }
        });
        reasonBox.getItems().setAll(DeductionReason.values());
        paymentTable.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                loadDetail(p.id());
            }
        });
        apply.differenceProperty().addListener((o, a, b) -> showDifference());
        apply.restOnAccountProperty().addListener((o, a, b) -> showDifference());
        CashTables.applyGridKeys(invoiceTable);
        AutoCompleteField<CustomerHit> customer = AutoCompleteField.attach(customerField, q -> desk.searchCustomers(q, 12),
                Formats.display(c -> c.number() + "  " + c.name(), ""));
        customer.selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && apply.detail() != null && !c.number().equals(apply.customerNo())) {
                chooseCustomer(c.number());
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcuts);
        showDetail(null);
    }

    /**
     * The screen's keys. The Alt+letter actions are handled here as well as by the buttons'
     * mnemonics: a mnemonic of a screen no longer shown (order entry's P_roduct) can still claim
     * the letter in the shared scene, so the screen asks first while the focus is inside it.
     */
    private void shortcuts(KeyEvent e) {
        Runnable action = SAVE.match(e) ? this::onPost : NEW.match(e) ? this::onCheque : IMPORT.match(e) ? this::onImport
                : MATCH.match(e) ? this::onAutoMatch : FIND.match(e) ? searchField::requestFocus : altAction(e);
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
        DeskPayment selected = paymentTable.getSelectionModel().getSelectedItem();
        if (wanted == null && selected != null) {
            wanted = selected.id();
        }
        LocalDate day = dayPicker.getValue() == null ? LocalDate.now(clock) : dayPicker.getValue();
        tasks.run(UiTasks.of(() -> desk.payments(day), listing -> {
            payments.setAll(listing.rows());
            showTotals(listing.rows());
            if (!listing.damaged().isEmpty()) {
                status.showMessage(listing.damageNote());
            }
            applyFilter();
            Long id = wanted;
            wanted = null;
            if (id != null) {
                filter.sorted().stream().filter(p -> p.id() == id).findFirst()
                        .ifPresent(p -> paymentTable.getSelectionModel().select(p));
            }
            if (paymentTable.getSelectionModel().isEmpty() && !filter.sorted().isEmpty()) {
                paymentTable.getSelectionModel().selectFirst();
            }
        }, e -> status.showMessage("Payments could not be listed: " + e.getMessage())));
    }

    private void applyFilter() {
        filter.setCondition(PaymentListModel.filter(statusBox.getValue(), searchField.getText()));
    }

    private void showTotals(List<DeskPayment> list) {
        totalsBox.getChildren().clear();
        Map<DeskStatus, PaymentListModel.Total> totals = PaymentListModel.totals(list);
        for (var t : totals.entrySet()) {
            Label l = new Label(PaymentListModel.label(t.getKey()) + ": " + t.getValue().count() + " \u00b7 " + formats.money(t.getValue().amount()));
            l.setId("total-" + t.getKey().name());
            totalsBox.getChildren().add(l);
        }
        status.setCounts(String.format("%,d payments", list.size()));
    }

    private void loadDetail(long id) {
        tasks.run(UiTasks.of(() -> desk.detail(id), this::showDetail,
                e -> status.showMessage("Payment could not be shown: " + e.getMessage())));
    }

    private void showDetail(PaymentDetail d) {
        detailBox.setDisable(d == null);
        problemsBox.getChildren().clear();
        if (d == null) {
            paymentTitle.setText("");
            paymentChip.setStatus(null);
            return;
        }
        DeskPayment p = d.payment();
        apply.load(d);
        paymentTitle.setText(p.number() + "  \u00b7  " + formats.date(p.receivedDate()));
        paymentChip.setStatus(StatusKind.fromName(p.status().name()).orElse(null));
        paymentAmount.setText(formats.money(p.amount()));
        payerLabel.setText(DetailText.payer(d));
        sourceLabel.setText(DetailText.source(d));
        remittanceLabel.setText(DetailText.remittance(d, formats));
        proposalLabel.setText(DetailText.proposal(d));
        customerField.setText(p.customerNo() == null ? "" : p.customerNo() + "  " + p.customerName());
        postedLabel.setText(DetailText.posted(d, formats));
        boolean posted = p.status().posted();
        postButton.setDisable(posted);
        reverseButton.setDisable(!posted);
        invoiceTable.setEditable(!posted);
        customerField.setEditable(!posted);
        discountButton.setDisable(posted);
        deductionButton.setDisable(posted);
        onAccountButton.setDisable(posted);
        showDifference();
    }

    private void chooseCustomer(String number) {
        LocalDate received = apply.detail().payment().receivedDate();
        tasks.run(UiTasks.of(() -> desk.openInvoices(number, received), list -> apply.showCustomer(number, list),
                e -> status.showMessage("Open invoices could not be listed: " + e.getMessage())));
    }

    private void showDifference() {
        String[] text = DetailText.applied(apply.detail(), apply.appliedTotalProperty().get(), apply.differenceProperty().get(),
                apply.restOnAccountProperty().get(), formats);
        appliedLabel.setText(text[0]);
        differenceLabel.setText(text[1]);
    }

    private void showProblem(String message) {
        problemsBox.getChildren().setAll(new Label("\u2022 " + message));
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
            reasonBox.requestFocus();
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
        if (apply.detail() == null || apply.detail().payment().status().posted()) {
            return;
        }
        List<String> problems = apply.problems();
        if (!problems.isEmpty()) {
            problemsBox.getChildren().setAll(problems.stream().map(p -> new Label("\u2022 " + p)).toList());
            return;
        }
        var request = apply.request();
        String number = apply.detail().payment().number();
        tasks.run(UiTasks.of(() -> {
            desk.post(request);
            return null;
        }, v -> {
            status.showMessage("Payment " + number + " posted");
            wanted = request.paymentId();
            refresh();
            loadDetail(request.paymentId()); // shown posted even when the filter now hides it
        }, e -> dialogs.error("Payment " + number + " was not posted: " + e.getMessage(),
                "Nothing was posted; the amounts you typed are still on the screen.", "Correct them and post again.")));
    }

    @FXML
    void onReverse() {
        PaymentDetail d = apply.detail();
        if (d == null || !d.payment().status().posted()) {
            return;
        }
        String number = d.payment().number();
        if (!dialogs.confirm("Reverse posting", "payment " + number,
                "The invoices it paid are opened again; the reversal is kept in the audit trail.")) {
            return;
        }
        tasks.run(UiTasks.of(() -> {
            desk.reverse(d.payment().id(), d.version(), "reversed at the cash desk");
            return null;
        }, v -> {
            status.showMessage("Payment " + number + " reversed");
            wanted = d.payment().id();
            refresh();
            loadDetail(d.payment().id());
        }, e -> dialogs.error("Payment " + number + " was not reversed: " + e.getMessage(), "Nothing was changed.",
                "Reload the day and try again.")));
    }

    @FXML
    void onImport() {
        batch.chooseAndImport(dayPicker.getValue());
    }

    @FXML
    void onAutoMatch() {
        batch.autoMatch(dayPicker.getValue());
    }

    @FXML
    void onPostAllAuto() {
        batch.postAllAuto(dayPicker.getValue(), payments);
    }

    @FXML
    void onCheque() {
        new ChequeEntryDialog(root.getScene().getWindow(), dialogs, LocalDate.now(clock)).ask().ifPresent(c ->
                tasks.run(UiTasks.of(() -> desk.enterCheque(c), p -> {
                    status.showMessage("Cheque " + c.chequeNo() + " entered as " + p.number());
                    wanted = p.id();
                    dayPicker.setValue(p.receivedDate());
                    batch.autoMatch(p.receivedDate());
                }, e -> dialogs.error("The cheque was not entered: " + e.getMessage(), "Nothing was stored.",
                        "Check the cheque and enter it again."))));
    }

    public void showPayment(String number, LocalDate received) { // an order's timeline links here
        searchField.setText(number);
        dayPicker.setValue(received); // the area's refresh on showing, or the day's change, reloads the list
    }

    public void focusList() {
        paymentTable.requestFocus();
        if (paymentTable.getSelectionModel().isEmpty()) {
            paymentTable.getSelectionModel().selectFirst();
        }
    }

    ApplyViewModel applyModel() {
        return apply;
    }
}
