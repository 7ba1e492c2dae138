package com.orderdesk.gui.order;

import com.orderdesk.logic.order.LoadedOrder;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.common.Validation;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.order.SavedOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The clerk's order-entry screen: binds the form to {@link OrderEntryViewModel} and runs lookups
 * and saves off the FX thread. Ctrl+S saves, Ctrl+N starts a new order, Enter adds a line.
 */
public final class OrderEntryController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final OrderDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final OrderEntryViewModel vm;
    private final Validation validation = new Validation();
    private final List<ValidationProblem> saveProblems = new ArrayList<>();
    private final StatusChip statusChip = new StatusChip();
    private AutoCompleteField<CustomerHit> customer;
    private LineEntryBar lineEntry;
    /** Set while a stored order is shown, so filling the customer field does not reload it. */
    private boolean showingStoredOrder;

    @FXML private BorderPane root;
    @FXML private Label titleLabel;
    @FXML private HBox statusBox;
    @FXML private Button saveButton;
    @FXML private Button newButton;
    @FXML private TextField customerField;
    @FXML private ComboBox<ShipToView> shipToBox;
    @FXML private ComboBox<OrderChannel> channelBox;
    @FXML private TextField poField;
    @FXML private DatePicker requestedDatePicker;
    @FXML private TextField notesField;
    @FXML private Label termsLabel;
    @FXML private Label creditLabel;
    @FXML private Label openBalanceLabel;
    @FXML private Label contactLabel;
    @FXML private TextField productField;
    @FXML private TextField quantityField;
    @FXML private TextField priceField;
    @FXML private TextField discountField;
    @FXML private Label productInfoLabel;
    @FXML private TableView<OrderLineRow> linesTable;
    @FXML private VBox deliveryBox;
    @FXML private Label deliverySummary;
    @FXML private VBox deliveryOptions;
    @FXML private VBox problemsBox;
    @FXML private Label grossLabel;
    @FXML private Label discountLabel;
    @FXML private Label subtotalLabel;
    @FXML private Label taxCaptionLabel;
    @FXML private Label taxLabel;
    @FXML private Label totalLabel;

    public OrderEntryController(OrderDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        this.vm = new OrderEntryViewModel(services.taxRates());
    }

    public OrderEntryViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        statusBox.getChildren().add(statusChip);
        statusChip.setVisible(false);
        bindHeader();
        customer = AutoCompleteField.attach(customerField, q -> services.searchCustomers(q, 12), new StringConverter<>() {
            @Override
            public String toString(CustomerHit c) {
                return c == null ? "" : c.number() + "  " + c.name() + (c.city() == null ? "" : "  (" + c.city() + ", " + c.state() + ")");
            }

            @Override
            public CustomerHit fromString(String s) {
                return null;
            }
        });
        customer.selectedItemProperty().addListener((obs, old, hit) -> customerPicked(hit));
        lineEntry = new LineEntryBar(services, vm, tasks, formats, productField, quantityField, priceField, discountField,
                productInfoLabel, this::showProblem,
                () -> customer.getSelectedItem() == null ? null : customer.getSelectedItem().id());
        OrderLinesTable.install(linesTable, vm, formats, this::showProblem);
        new DeliveryQuotePanel(services, vm, tasks, formats, deliverySummary, deliveryOptions);
        deliveryBox.setVisible(services.quoting() != null);
        deliveryBox.setManaged(services.quoting() != null);
        vm.totalsProperty().addListener((obs, old, t) -> showTotals(t));
        showTotals(vm.totalsProperty().get());
        vm.customerProperty().addListener((obs, old, c) -> showCustomer(c));
        showCustomer(null);
        vm.orderNumberProperty().addListener((obs, old, n) -> showTitle());
        vm.statusProperty().addListener((obs, old, s) -> showTitle());
        vm.dirtyProperty().addListener((obs, old, d) -> showTitle());
        vm.readOnlyProperty().addListener((obs, old, ro) -> setEditable(!ro));
        validation.rule(customerField, () -> problemFor("customer"));
        validation.rule(shipToBox, () -> problemFor("shipTo"));
        validation.rule(poField, () -> problemFor("customerPo"));
        validation.rule(requestedDatePicker, () -> problemFor("requestedDate"));
        validation.rule(productField, () -> problemFor("lines"));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                onSave();
            } else if (NEW.match(e)) {
                e.consume();
                onNew();
            }
        });
    }

    private void bindHeader() {
        channelBox.getItems().setAll(OrderChannel.PHONE, OrderChannel.EMAIL);
        channelBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrderChannel c) {
                return c == null ? "" : c.label();
            }

            @Override
            public OrderChannel fromString(String s) {
                return null;
            }
        });
        channelBox.valueProperty().bindBidirectional(vm.channelProperty());
        shipToBox.setItems(vm.shipTos());
        shipToBox.valueProperty().bindBidirectional(vm.shipToProperty());
        poField.textProperty().bindBidirectional(vm.customerPoProperty());
        notesField.textProperty().bindBidirectional(vm.notesProperty());
        requestedDatePicker.setConverter(formats.dateConverter());
        requestedDatePicker.valueProperty().bindBidirectional(vm.requestedDateProperty());
    }

    private void customerPicked(CustomerHit hit) {
        if (hit == null || showingStoredOrder) {
            return;
        }
        productField.requestFocus();
        tasks.run(UiTasks.of(() -> services.customerContext(hit.id()),
                ctx -> {
                    vm.customerChosen(ctx);
                    clearProblems();
                },
                e -> dialogs.error("The customer " + hit.number() + " could not be read.", "Everything you typed is still on screen.",
                        "Try again; if it keeps failing, look at the log in the data folder.", e)));
    }

    private void showCustomer(CustomerContext c) {
        termsLabel.setText(c == null ? "-" : c.paymentTerms());
        creditLabel.setText(c == null ? "-" : creditText(c));
        creditLabel.getStyleClass().remove("warning-text");
        if (c != null && (c.onManualHold() || c.availableCredit().map(m -> m.isNegative()).orElse(false))) {
            creditLabel.getStyleClass().add("warning-text");
        }
        openBalanceLabel.setText(c == null ? "-" : formats.money(c.openBalance())
                + (c.overdueBalance().isPositive() ? "  (" + formats.money(c.overdueBalance()) + " overdue)" : ""));
        contactLabel.setText(c == null ? "-" : String.join("  ", nonNull(c.contact()), nonNull(c.phone()), nonNull(c.email())));
    }

    private String creditText(CustomerContext c) {
        String risk = " (risk " + c.riskClass().name().toLowerCase(java.util.Locale.ROOT) + ")";
        if (c.onManualHold()) {
            return "On manual credit hold" + risk;
        }
        if (c.creditLimit() == null) {
            return "No credit limit set" + risk;
        }
        var headroom = c.availableCredit().orElseThrow();
        return (headroom.isNegative() ? "Over limit by " + formats.money(headroom.negate())
                : formats.money(headroom) + " of " + formats.money(c.creditLimit()) + " available") + risk;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void showTotals(OrderTotals t) {
        grossLabel.setText(formats.money(t.gross()));
        discountLabel.setText(formats.money(t.discount().negate()));
        subtotalLabel.setText(formats.money(t.subtotal()));
        ShipToView s = vm.shipToProperty().get();
        CustomerContext c = vm.customerProperty().get();
        String where = s == null ? "" : " " + s.state();
        taxCaptionLabel.setText(c != null && c.taxExempt() ? "Sales tax (exempt)"
                : "Sales tax" + where + " " + formats.percent(t.taxRate().multiply(BigDecimal.valueOf(100))));
        taxLabel.setText(formats.money(t.tax()));
        totalLabel.setText(formats.money(t.total()));
    }

    private void showTitle() {
        String number = vm.orderNumberProperty().get();
        titleLabel.setText((number == null ? "New order" : "Order " + number) + (vm.dirtyProperty().get() ? " *" : ""));
        var s = vm.statusProperty().get();
        statusChip.setVisible(s != null);
        if (s != null) {
            StatusKind.fromName(s.name()).ifPresent(statusChip::setStatus);
        }
    }

    private void setEditable(boolean editable) {
        for (var c : List.of(customerField, shipToBox, channelBox, poField, requestedDatePicker, notesField, productField,
                quantityField, priceField, discountField)) {
            c.setDisable(!editable);
        }
        linesTable.setEditable(editable);
        saveButton.setDisable(!editable);
    }

    @FXML
    void onAddLine() {
        lineEntry.add();
    }

    @FXML
    void onSave() {
        if (vm.readOnlyProperty().get()) {
            status.showMessage("Order " + vm.orderNumberProperty().get() + " is " + vm.statusProperty().get().label()
                    + " and can no longer be amended.");
            return;
        }
        var draft = vm.toDraft();
        saveButton.setDisable(true);
        tasks.run(UiTasks.of(() -> services.save(draft), this::saved, this::saveFailed));
    }

    private void saved(SavedOrder s) {
        saveButton.setDisable(false);
        vm.applySaved(s);
        clearProblems();
        status.showMessage("Order " + s.number() + (s.created() ? " saved" : " amended") + ": "
                + s.totals().total().toString() + " incl. tax " + s.totals().tax() + ", status " + s.status().label());
        customerField.requestFocus();
    }

    private void saveFailed(Throwable e) {
        saveButton.setDisable(false);
        if (e instanceof OrderValidationException v) {
            saveProblems.clear();
            saveProblems.addAll(v.problems());
            problemsBox.getChildren().setAll(new Label("The order was not saved. Please correct:"));
            v.problems().forEach(p -> {
                Label l = new Label("\u2022 " + p);
                l.getStyleClass().add("danger-text");
                problemsBox.getChildren().add(l);
            });
            validation.revalidate();
            Optional.ofNullable(validation.firstInvalidControl()).ifPresent(c -> c.requestFocus());
            status.showMessage("Not saved: " + v.problems().size() + " problem(s) to correct");
        } else if (e instanceof ConcurrentEditException) {
            dialogs.error(e.getMessage(), "Everything you typed is still on screen.",
                    "Note your changes, reopen the order from the Orders list, and enter them again.");
        } else {
            dialogs.error("The order could not be saved: " + e.getMessage(), "Everything you typed is still on screen.",
                    "Try Ctrl+S again in a moment; nothing was stored.", e);
        }
    }

    private void showProblem(String message) {
        status.showMessage(message);
    }

    private String problemFor(String field) {
        return saveProblems.stream().filter(p -> p.field().equals(field)).map(ValidationProblem::message).findFirst().orElse(null);
    }

    private void clearProblems() {
        saveProblems.clear();
        problemsBox.getChildren().clear();
        validation.revalidate();
    }

    @FXML
    void onNew() {
        if (vm.dirtyProperty().get() && !dialogs.confirm("Discard changes", vm.isNew() ? "the new order"
                : "order " + vm.orderNumberProperty().get(), "What you typed since the last save will be lost.")) {
            return;
        }
        vm.clear();
        customer.clear();
        lineEntry.clear();
        clearProblems();
        customerField.requestFocus();
    }

    /** Opens a stored order (from the orders list) for viewing or amending. */
    public void open(long orderId) {
        tasks.run(UiTasks.of(() -> {
            var loaded = services.load(orderId);
            var ctx = services.customerContext(loaded.draft().customerId());
            return new Object[] {loaded, ctx};
        }, pair -> {
            var loaded = (com.orderdesk.logic.order.LoadedOrder) pair[0];
            var ctx = (CustomerContext) pair[1];
            vm.load(loaded, ctx);
            showingStoredOrder = true;
            try {
                customer.select(new CustomerHit(ctx.id(), ctx.number(), ctx.name(), ctx.phone(), null, null));
            } finally {
                showingStoredOrder = false;
            }
            vm.dirtyProperty().set(false);
            clearProblems();
            status.showMessage("Opened order " + loaded.number() + (loaded.amendable() ? "" : " (read-only: " + loaded.status().label() + ")"));
        }, e -> dialogs.error("The order could not be opened: " + e.getMessage(), "Nothing was changed.", "Try again from the Orders list.", e)));
    }

    /** Puts the cursor where a clerk starts: the customer field. */
    public void focusFirstField() {
        customerField.requestFocus();
    }
}
