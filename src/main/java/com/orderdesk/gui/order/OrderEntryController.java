package com.orderdesk.gui.order;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.order.SecondOrderOnPoException;
import com.orderdesk.logic.order.TimelineLink;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The clerk's order-entry screen: binds the form to {@link OrderEntryViewModel} and runs lookups
 * and saves off the FX thread. Ctrl+S saves, Ctrl+N starts a new order, Enter adds a line.
 */
public final class OrderEntryController {
    private static final KeyCombination TIMELINE = new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN);

    private final OrderDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final OrderEntryViewModel vm;
    private final StatusChip statusChip = new StatusChip();
    private CustomerPicker customer;
    private LineRequotes requotes;
    /** The customer look-up's last "no match" shown in the status bar, to take back once a customer is picked. */
    private String customerMiss;
    private OrderProblems problems;
    private LineEntryBar lineEntry;
    private TimelinePane timeline;
    private final OrderPermissions permissions = new OrderPermissions();
    /** Stored orders opened: only the latest shows, and a new or captured draft drops one still loading. */
    private final LatestAnswer opening = new LatestAnswer();
    private Predicate<TimelineLink.Screen> canOpen = s -> false;
    private Consumer<TimelineLink> follow = l -> { };

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
    @FXML private javafx.scene.control.SplitPane linesSplit;
    @FXML private Button addLineButton;
    @FXML private VBox deliveryBox;
    @FXML private Label deliverySummary;
    @FXML private Label deliveryHeading;
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
        // every column of the lines at its least width (720 px) where the window has the room: at 1024 x 768
        // the timeline gives way to it (with 300 px it left the lines 580, and Disc %, Extended and
        // Available past the table's edge)
        com.orderdesk.gui.common.SplitRoom.keepWhereRoom(linesSplit, linesTable, 720);
        statusBox.getChildren().add(statusChip);
        statusChip.setVisible(false);
        OrderHeaderFields.bind(vm, formats, channelBox, shipToBox, poField, notesField, requestedDatePicker);
        customer = new CustomerPicker(customerField, services, tasks, dialogs, this::customerChosen, this::showCustomerMiss);
        lineEntry = new LineEntryBar(services, vm, tasks, formats, productField, quantityField, priceField, discountField,
                productInfoLabel, this::showProblem, customer::customerId);
        requotes = new LineRequotes(services, vm, tasks, this::showProblem);
        OrderLinesTable.install(linesTable, vm, formats, this::showProblem);
        new DeliveryQuotePanel(services, vm, tasks, formats, deliverySummary, deliveryOptions);
        DeliveryKeys.install(deliveryHeading, deliveryOptions, requestedDatePicker, notesField);
        deliveryBox.setVisible(services.quoting() != null);
        deliveryBox.setManaged(services.quoting() != null);
        new TotalsPanel(formats, vm, grossLabel, discountLabel, subtotalLabel, taxCaptionLabel, taxLabel, totalLabel);
        new CustomerInfo(formats, termsLabel, creditLabel, openBalanceLabel, contactLabel).follow(vm);
        timeline = TimelinePane.install(timelineList, formats, services.clock().getZone());
        timeline.setLinks(canOpen, follow);
        permissions.attach(new OrderPermissions.Controls(newButton, saveButton, copyButton, cancelOrderButton, addLineButton, linesTable,
                List.of(customerField, shipToBox, channelBox, poField, requestedDatePicker, notesField, productField, quantityField,
                        priceField, discountField)));
        showActions();
        vm.orderNumberProperty().addListener((obs, old, n) -> showTitle());
        vm.statusProperty().addListener((obs, old, s) -> showTitle());
        vm.dirtyProperty().addListener((obs, old, d) -> showTitle());
        vm.readOnlyProperty().addListener((obs, old, ro) -> permissions.setEditable(!ro));
        permissions.setEditable(!vm.readOnlyProperty().get());
        problems = new OrderProblems(problemsBox, dialogs, status);
        problems.watch(customerField, "customer");
        problems.watch(shipToBox, "shipTo");
        problems.watch(poField, "customerPo");
        problems.watch(requestedDatePicker, "requestedDate");
        problems.watch(productField, "lines");
        // Alt+E is not a mnemonic: in a real window the label's mnemonic did not reach the list
        Shortcuts.on(root).add(Shortcuts.SAVE, this::onSave).add(Shortcuts.NEW, this::onNew).add(TIMELINE, () -> timeline.focus());
    }

    private void customerChosen(CustomerContext ctx) {
        vm.customerChosen(ctx);
        // the prices on screen were the customer's before: the lines and the product being entered are quoted again
        requotes.customerChanged(ctx.id());
        lineEntry.customerChanged();
        problems.clear();
        // "No customer matches ..." no longer holds once one is picked (it stayed in the status bar)
        if (customerMiss != null && customerMiss.equals(status.getLastMessage())) {
            status.showMessage("");
        }
        customerMiss = null;
        // on to the next field to fill: the ship-to when there is a choice, else the PO
        // (the clerk goes on through date and notes, or jumps to the lines with Alt+R)
        (ctx.shipTos().size() > 1 ? shipToBox : poField).requestFocus();
    }

    private void showTitle() {
        String number = vm.orderNumberProperty().get();
        // one who may only view orders has no new order here, only the one opened from the list
        titleLabel.setText(OrderEntryText.title(number, permissions.mayEnter(), vm.dirtyProperty().get()));
        var s = vm.statusProperty().get();
        statusChip.setVisible(s != null);
        if (s != null) {
            StatusKind.fromName(s.name()).ifPresent(statusChip::setStatus);
        }
    }

    @FXML
    void onAddLine() {
        lineEntry.add();
    }

    @FXML
    void onSave() {
        save(false);
    }

    /** {@code newOrderOnSamePo}: the clerk answered that an order on a PO already received is a new order. */
    private void save(boolean newOrderOnSamePo) {
        if (vm.readOnlyProperty().get()) {
            status.showMessage(OrderEntryText.notAmendable(vm.orderNumberProperty().get(), vm.statusProperty().get().label()));
            return;
        }
        var unreadable = vm.unreadableInput();
        if (!unreadable.isEmpty()) {
            problems.saveFailed(new OrderValidationException(unreadable));
            return;
        }
        var draft = vm.toDraft();
        saveButton.setDisable(true);
        String copiedFrom = vm.copiedFrom();
        tasks.run(UiTasks.of(() -> vm.saveThrough((d, c) -> services.save(d, copiedFrom, c), draft, newOrderOnSamePo),
                this::saved, this::saveFailed));
    }

    private void saved(SavedOrder s) {
        saveButton.setDisable(false);
        vm.applySaved(s);
        problems.clear();
        status.showMessage(OrderEntryText.saved(s, formats));
        loadTimeline(s.id());
        showActions();
        customerField.requestFocus();
    }

    private void saveFailed(Throwable e) {
        saveButton.setDisable(false);
        if (e instanceof SecondOrderOnPoException second) {
            // asked once; Go back (the default) saves nothing and leaves the order as typed
            if (SecondOrderQuestion.ask(dialogs, second.earlier(), formats)) {
                save(true);
            } else {
                status.showMessage(SecondOrderQuestion.notSaved(second.earlier()));
                poField.requestFocus();
            }
            return;
        }
        problems.saveFailed(e);
    }

    private void showProblem(String message) {
        status.showMessage(message);
    }

    private void showCustomerMiss(String message) {
        customerMiss = message;
        showProblem(message);
    }

    @FXML
    void onNew() {
        if (!mayDiscard()) {
            return;
        }
        opening.forget();
        vm.clear();
        customer.clear();
        lineEntry.clear();
        problems.clear();
        timeline.clear();
        showActions();
        customerField.requestFocus();
    }

    /** Opens a stored order (from the orders list) for viewing or amending. */
    public void open(long orderId) {
        tasks.run(opening.of(() -> services.open(orderId), opened -> {
            var loaded = opened.order();
            var ctx = opened.customer();
            vm.load(loaded, ctx);
            vm.readOnlyProperty().set(!permissions.mayEnter() || !loaded.amendable());
            customer.show(ctx);
            vm.dirtyProperty().set(false);
            problems.clear();
            timeline.show(opened.timeline());
            showActions();
            status.showMessage(OrderEntryText.opened(loaded.number(), loaded.amendable(), loaded.status().label()));
        }, e -> dialogs.error("The order could not be opened: " + e.getMessage(), "Nothing was changed.", "Try again from the Orders list.", e)));
    }

    private void loadTimeline(long orderId) {
        tasks.run(UiTasks.of(() -> services.timeline(orderId), timeline::show,
                e -> status.showMessage("The order's timeline could not be read: " + e.getMessage())));
    }

    /** What this user may do: one who may only view orders sees them read-only, without New, Save, Copy or Cancel. */
    public void setPermissions(boolean enterOrders, boolean cancelOrders) {
        permissions.set(enterOrders, cancelOrders);
        vm.readOnlyProperty().set(!enterOrders);
        if (permissions.attached()) {
            showActions();
        }
    }

    /** Where the timeline's links lead; {@code canOpen} says which screens this user has. */
    public void setTimelineLinks(Predicate<TimelineLink.Screen> canOpen, Consumer<TimelineLink> follow) {
        this.canOpen = canOpen;
        this.follow = follow;
        if (timeline != null) {
            timeline.setLinks(canOpen, follow);
        }
    }

    public void openNumber(String number) { // a timeline's "copied from" link
        tasks.run(UiTasks.of(() -> services.idOf(number), id -> id.ifPresentOrElse(this::open,
                () -> status.showMessage("Order " + number + " is not in the book.")), e -> status.showMessage(e.getMessage())));
    }

    private void showActions() {
        boolean stored = vm.orderId() != null;
        permissions.show(stored, vm.isCancellable());
        if (!permissions.mayEnter() && !stored) {
            showTitle();
        }
    }

    /** Copies the order on screen into a new, unsaved one at today's prices (Alt+Y). */
    @FXML
    void onCopy() {
        Long id = vm.orderId();
        if (id == null || !mayDiscard()) {
            return;
        }
        tasks.run(UiTasks.of(() -> services.copy(id), copied -> {
            vm.loadCopy(copied.order(), copied.customer());
            showNewDraft(copied.customer());
            status.showMessage(OrderEntryText.copied(copied.order().sourceNumber(), copied.order().notes()));
            poField.requestFocus();
        }, e -> dialogs.error("The order could not be copied: " + e.getMessage(), "Nothing was changed.",
                "Open the order again and copy it.", e)));
    }

    void showNewDraft(CustomerContext ctx) { // a copied or captured order: its customer in the field, no timeline yet
        opening.forget(); // a stored order still loading would replace this draft when it came back
        Optional.ofNullable(ctx).ifPresent(customer::show);
        problems.clear();
        timeline.clear();
        showActions();
    }

    /** Cancels the order on screen after asking for the reason (Alt+L). */
    @FXML
    void onCancelOrder() {
        if (vm.isCancellable()) {
            CancelOrder.ask(dialogs, tasks, status, services, vm.orderId(), vm.orderNumberProperty().get(), this::open);
        }
    }

    /** True when nothing typed is unsaved, or the user agreed to lose it. */
    private boolean mayDiscard() {
        return !vm.dirtyProperty().get() || dialogs.confirm("Discard changes",
                OrderEntryText.document(vm.isNew() ? null : vm.orderNumberProperty().get()), "What you typed since the last save will be lost.");
    }

    /** Puts the cursor where a clerk starts: the customer field. */
    public void focusFirstField() {
        customerField.requestFocus();
    }
}
