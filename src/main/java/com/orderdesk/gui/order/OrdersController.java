package com.orderdesk.gui.order;

import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TableFilter;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.OrderListTally;
import com.orderdesk.logic.store.Listing;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The orders list: search by number, PO or customer, filter by status and order date; Enter or a
 * double click opens the order in the order-entry screen. The query runs off the FX thread, a
 * page of the newest {@value #LIMIT} matches at a time; "Show more" (Alt+M) adds the next page,
 * so every order can be reached by paging as well as by searching.
 */
public final class OrdersController {
    static final int LIMIT = 1000;
    private int pageSize = LIMIT;
    private OrderFilter shownFilter;
    private long matching;
    /** The total of every matching order, not only of the pages shown (see {@link OrderListTally}). */
    private Money matchingTotal = Money.ZERO;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final OrderDeskServices services;
    private final UiTaskRunner tasks;
    private final StatusBarModel status;
    private final Consumer<Long> openOrder;
    private final Formats formats = Formats.forDefaultLocale();
    private final ObservableList<OrderListRow> rows = FXCollections.observableArrayList();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(250));
    private Task<?> running;

    @FXML private TextField searchField;
    @FXML private ComboBox<OrderStatus> statusBox;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TableView<OrderListRow> table;
    @FXML private Label countLabel;
    @FXML private Label totalLabel;
    @FXML private javafx.scene.control.Button moreButton;

    public OrdersController(OrderDeskServices services, UiTaskRunner tasks, StatusBarModel status, Consumer<Long> openOrder) {
        this.services = services;
        this.tasks = tasks;
        this.status = status;
        this.openOrder = openOrder;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(table.getParent());
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(OrderStatus.values());
        statusBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrderStatus s) {
                return s == null ? "All statuses" : s.label();
            }

            @Override
            public OrderStatus fromString(String s) {
                return null;
            }
        });
        DateEntry.attach(fromPicker, formats);
        DateEntry.attach(toPicker, formats);
        // at 1366 px the list cut "Dec 13, 2..." and "DEMO-C-10..." with 160 px unused at its right:
        // the columns now fill the table, each figure keeps the width it needs, the customer takes the rest
        table.getColumns().setAll(java.util.List.of(
                TextColumn.of("Order", OrderListRow::number, 100),
                com.orderdesk.gui.common.DateColumn.of("Date", OrderListRow::orderDate, formats, 112),
                TextColumn.of("Customer", r -> r.customerNumber() + "  " + r.customerName(), 320),
                TextColumn.of("PO", r -> r.customerPo() == null ? "" : r.customerPo(), 140),
                TextColumn.of("Channel", r -> r.channel().label(), 80),
                com.orderdesk.gui.common.DateColumn.of("Requested", OrderListRow::requestedDate, formats, 112),
                statusColumn(),
                moneyColumn()));
        // each column's least width what its values need whole, the customer's the least that still names one
        // (whole in its tooltip): as the 1366 widths (928 px) they ran past the 870 the list has at 1024 x 768, its
        // Status and Total a sideways scroll away (layout18's tour, 7 December)
        java.util.Map<String, Double> least = java.util.Map.of("Customer", 120.0, "PO", 136.0, "Total", 90.0);
        table.getColumns().forEach(c -> c.setMinWidth(least.getOrDefault(c.getText(), c.getPrefWidth())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableFilter.install(table, rows);
        TablePrefs.forUser().remember(table, "orders");
        com.orderdesk.gui.common.InputLimits.limit(searchField, com.orderdesk.logic.store.SearchText.MAX_LENGTH,
                () -> status.showMessage("A search takes at most " + com.orderdesk.logic.store.SearchText.MAX_LENGTH
                        + " characters; the rest of the text was left out."));
        moreButton.setDisable(true);
        typingPause.setOnFinished(e -> refresh());
        searchField.textProperty().addListener((o, a, b) -> typingPause.playFromStart());
        statusBox.valueProperty().addListener((o, a, b) -> refresh());
        fromPicker.valueProperty().addListener((o, a, b) -> refresh());
        toPicker.valueProperty().addListener((o, a, b) -> refresh());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                onOpen();
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onOpen();
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        searchField.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (FIND.match(e) && searchField.isVisible() && table.getParent().isVisible()) {
                        searchField.requestFocus();
                    }
                });
            }
        });
    }

    private TableColumn<OrderListRow, StatusKind> statusColumn() {
        return StatusChip.column("Status", r -> StatusKind.fromName(r.status().name()).orElse(null), 112);
    }

    private TableColumn<OrderListRow, Money> moneyColumn() {
        return MoneyColumn.of("Total", OrderListRow::total, formats, 112);
    }

    /** Reloads the list with the current search and filters. */
    public void refresh() {
        OrderFilter f = new OrderFilter(searchField.getText(), statusBox.getValue(), null, fromPicker.getValue(),
                toPicker.getValue(), pageSize);
        load(f, false);
    }

    /** Adds the next page of matching orders under those shown (Alt+M). */
    @FXML
    void onMore() {
        if (shownFilter != null && !rows.isEmpty() && rows.size() < matching) {
            load(shownFilter.after(rows.get(rows.size() - 1)), true);
        }
    }

    private void load(OrderFilter f, boolean append) {
        if (running != null) {
            running.cancel();
        }
        record Page(Listing<OrderListRow> listing, OrderListTally tally) {
        }
        OrderListTally known = new OrderListTally(matching, matchingTotal);
        Task<Page> task = UiTasks.of(() -> new Page(services.list(f), append ? known : services.tally(f)), page -> {
            java.util.List<OrderListRow> list = page.listing().rows();
            if (append) {
                rows.addAll(list);
            } else {
                rows.setAll(list);
            }
            shownFilter = f;
            // damaged rows are counted but never shown: a page that adds nothing means the end
            matching = append && list.isEmpty() ? rows.size() : page.tally().count();
            matchingTotal = page.tally().total();
            totalLabel.setText("Total " + formats.money(matchingTotal));
            String shown = String.format("%,d of %,d orders shown", rows.size(), matching);
            countLabel.setText(shown + (rows.size() < matching ? "; Show more (Alt+M) adds the next "
                    + String.format("%,d", Math.min(pageSize, matching - rows.size())) : ""));
            status.setCounts(shown);
            moreButton.setDisable(rows.size() >= matching);
            if (!page.listing().damaged().isEmpty()) {
                status.showMessage(page.listing().damageNote());
            }
        }, e -> status.showMessage("Orders could not be listed: " + e.getMessage()));
        running = task;
        tasks.run(task);
    }

    /** A smaller page, so a test sees paging without a thousand orders. */
    void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    @FXML
    void onOpen() {
        OrderListRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            openOrder.accept(selected.id());
        }
    }

    public void focusSearch() {
        searchField.requestFocus();
    }
}
