package com.orderdesk.gui.order;

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
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.order.SavedOrder;
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

/**
 * The clerk's order-entry screen: binds the form to {@link OrderEntryViewModel} and runs lookups
 * and saves off the FX thread. Ctrl+S saves, Ctrl+N starts a new order, Enter adds a line.
 */
public final class OrderEntryController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination TIMELINE = new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN);

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
    private TimelinePane timeline;
    private boolean mayEnter = true;
    private boolean mayCancel = true;
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
    @FXML private Button addLineButton;
    @FXML private VBox deliveryBox;
    @FXML private Label deliverySummary;
    @FXML private VBox deliveryOptions;
    @FXML private javafx.scene.control.ListView<com.orderdesk.logic.order.TimelineEvent> timelineList;
    @FXML private Button copyButton;
    @FXML private Button cancelOrderButton;
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
        OrderHeaderFields.bind(vm, formats, channelBox, shipToBox, poField, notesField, requestedDatePicker);
        customer = AutoCompleteField.attach(customerField, q -> services.searchCustomers(q, 12), Formats.display(
                c -> c.number() + "  " + c.name() + (c.city() == null ? "" : "  (" + c.city() + ", " + c.state() + ")"), ""));
        customer.selectedItemProperty().addListener((obs, old, hit) -> customerPicked(hit));
        lineEntry = new LineEntryBar(services, vm, tasks, formats, productField, quantityField, priceField, discountField,
                productInfoLabel, this::showProblem,
                () -> customer.getSelectedItem() == null ? null : customer.getSelectedItem().id());
        OrderLinesTable.install(linesTable, vm, formats, this::showProblem);
        new DeliveryQuotePanel(services, vm, tasks, formats, deliverySummary, deliveryOptions);
        deliveryBox.setVisible(services.quoting() != null);
        deliveryBox.setManaged(services.quoting() != null);
        TotalsPanel totals = new TotalsPanel(formats, vm, grossLabel, discountLabel, subtotalLabel, taxCaptionLabel, taxLabel,
                totalLabel);
        vm.totalsProperty().addListener((obs, old, t) -> totals.show(t));
        totals.show(vm.totalsProperty().get());
        CustomerInfo info = new CustomerInfo(formats, termsLabel, creditLabel, openBalanceLabel, contactLabel);
        vm.customerProperty().addListener((obs, old, c) -> info.show(c));
        info.show(null);
        timeline = TimelinePane.install(timelineList, formats, services.clock().getZone());
        timeline.setLinks(canOpen, follow);
        showActions();
        vm.orderNumberProperty().addListener((obs, old, n) -> showTitle());
        vm.statusProperty().addListener((obs, old, s) -> showTitle());
        vm.dirtyProperty().addListener((obs, old, d) -> showTitle());
        vm.readOnlyProperty().addListener((obs, old, ro) -> setEditable(!ro));
        setEditable(!vm.readOnlyProperty().get());
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
            } else if (TIMELINE.match(e)) { // not a mnemonic: in a real window the label's mnemonic did not reach the list
                e.consume();
                timeline.focus();
            }
        });
    }

    private void customerPicked(CustomerHit hit) {
        if (hit == null || showingStoredOrder) {
            return;
        }
        tasks.run(UiTasks.of(() -> services.customerContext(hit.id()),
                ctx -> {
                    vm.customerChosen(ctx);
                    clearProblems();
                    // on to the next field to fill: the ship-to when there is a choice, else the PO
                    // (the clerk goes on through date and notes, or jumps to the lines with Alt+R)
                    (ctx.shipTos().size() > 1 ? shipToBox : poField).requestFocus();
                },
                e -> dialogs.error("The customer " + hit.number() + " could not be read.", "Everything you typed is still on screen.",
                        "Try again; if it keeps failing, look at the log in the data folder.", e)));
    }

    private void showTitle() {
        String number = vm.orderNumberProperty().get();
        // one who may only view orders has no new order here, only the one opened from the list
        titleLabel.setText((number == null ? (mayEnter ? "New order" : "No order open") : "Order " + number)
                + (vm.dirtyProperty().get() ? " *" : ""));
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
        addLineButton.setDisable(!editable);
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
        String copiedFrom = vm.copiedFrom();
        tasks.run(UiTasks.of(() -> vm.saveThrough(d -> services.save(d, copiedFrom), draft), this::saved, this::saveFailed));
    }

    private void saved(SavedOrder s) {
        saveButton.setDisable(false);
        vm.applySaved(s);
        clearProblems();
        status.showMessage("Order " + s.number() + (s.created() ? " saved" : " amended") + ": "
                + formats.money(s.totals().total()) + " incl. tax " + formats.money(s.totals().tax()) + ", status "
                + s.status().label());
        loadTimeline(s.id());
        showActions();
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
        timeline.clear();
        showActions();
        customerField.requestFocus();
    }

    /** Opens a stored order (from the orders list) for viewing or amending. */
    public void open(long orderId) {
        tasks.run(UiTasks.of(() -> {
            var loaded = services.load(orderId);
            return new OpenedOrder(loaded, services.customerContext(loaded.draft().customerId()), services.timeline(orderId));
        }, opened -> {
            var loaded = opened.order();
            var ctx = opened.customer();
            vm.load(loaded, ctx);
            vm.readOnlyProperty().set(!mayEnter || !loaded.amendable());
            showCustomerHit(ctx);
            vm.dirtyProperty().set(false);
            clearProblems();
            timeline.show(opened.timeline());
            showActions();
            status.showMessage("Opened order " + loaded.number() + (loaded.amendable() ? "" : " (read-only: " + loaded.status().label() + ")"));
        }, e -> dialogs.error("The order could not be opened: " + e.getMessage(), "Nothing was changed.", "Try again from the Orders list.", e)));
    }

    private void loadTimeline(long orderId) {
        tasks.run(UiTasks.of(() -> services.timeline(orderId), timeline::show,
                e -> status.showMessage("The order's timeline could not be read: " + e.getMessage())));
    }

    /** What this user may do: one who may only view orders sees them read-only, without New, Save, Copy or Cancel. */
    public void setPermissions(boolean enterOrders, boolean cancelOrders) {
        this.mayEnter = enterOrders;
        this.mayCancel = cancelOrders;
        vm.readOnlyProperty().set(!enterOrders);
        if (root != null) {
            showActions();
        }
    }

    /** Where the timeline's links lead; {@code canOpen} says which screens this user has. */
    public void setTimelineLinks(java.util.function.Predicate<com.orderdesk.logic.order.TimelineLink.Screen> canOpen,
                                 java.util.function.Consumer<com.orderdesk.logic.order.TimelineLink> follow) {
        this.canOpen = canOpen;
        this.follow = follow;
        if (timeline != null) {
            timeline.setLinks(canOpen, follow);
        }
    }

    private java.util.function.Predicate<com.orderdesk.logic.order.TimelineLink.Screen> canOpen = s -> false;
    private java.util.function.Consumer<com.orderdesk.logic.order.TimelineLink> follow = l -> { };

    public void openNumber(String number) { // a timeline's "copied from" link
        tasks.run(UiTasks.of(() -> services.idOf(number), id -> id.ifPresentOrElse(this::open,
                () -> status.showMessage("Order " + number + " is not in the book.")), e -> status.showMessage(e.getMessage())));
    }

    private void showActions() {
        boolean stored = vm.orderId() != null;
        if (!mayEnter && !stored) { // nothing to type here: say where an order comes from
            linesTable.setPlaceholder(new Label("Open an order from the Orders list (Enter): it shows here."));
            showTitle();
        }
        for (Button b : List.of(newButton, saveButton, copyButton)) {
            b.setVisible(mayEnter);
            b.setManaged(mayEnter);
        }
        copyButton.setDisable(!stored);
        cancelOrderButton.setVisible(mayCancel);
        cancelOrderButton.setManaged(mayCancel);
        cancelOrderButton.setDisable(!vm.isCancellable());
    }

    /** Copies the order on screen into a new, unsaved one at today's prices (Alt+Y). */
    @FXML
    void onCopy() {
        Long id = vm.orderId();
        if (id == null || vm.dirtyProperty().get() && !dialogs.confirm("Discard changes", "order "
                + vm.orderNumberProperty().get(), "What you typed since the last save will be lost.")) {
            return;
        }
        tasks.run(UiTasks.of(() -> services.copy(id), copied -> {
            vm.loadCopy(copied.order(), copied.customer());
            showNewDraft(copied.customer());
            status.showMessage("Copied from " + copied.order().sourceNumber() + " at today's prices; check it and save (Ctrl+S)."
                    + (copied.order().notes().isEmpty() ? "" : " " + String.join(" ", copied.order().notes())));
            poField.requestFocus();
        }, e -> dialogs.error("The order could not be copied: " + e.getMessage(), "Nothing was changed.",
                "Open the order again and copy it.", e)));
    }

    void showNewDraft(CustomerContext ctx) { // a copied or captured order: its customer in the field, no timeline yet
        java.util.Optional.ofNullable(ctx).ifPresent(this::showCustomerHit);
        clearProblems();
        timeline.clear();
        showActions();
    }

    /** Fills the customer field with a customer already chosen (a stored or copied order), without reloading it. */
    private void showCustomerHit(CustomerContext ctx) {
        showingStoredOrder = true;
        try {
            customer.select(new CustomerHit(ctx.id(), ctx.number(), ctx.name(), ctx.phone(), null, null));
        } finally {
            showingStoredOrder = false;
        }
    }

    /** Cancels the order on screen after asking for the reason (Alt+L). */
    @FXML
    void onCancelOrder() {
        if (vm.isCancellable()) {
            CancelOrder.ask(dialogs, tasks, status, services, vm.orderId(), vm.orderNumberProperty().get(), this::open);
        }
    }

    /** Puts the cursor where a clerk starts: the customer field. */
    public void focusFirstField() {
        customerField.requestFocus();
    }
}
