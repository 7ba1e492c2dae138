package com.orderdesk.app;

import com.orderdesk.gui.cash.CashMatchingController;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.gui.order.OrderEntryController;
import com.orderdesk.gui.order.OrdersController;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The screens of the application, in rail order (Ctrl+1 is the first), wired to their services. */
final class WorkAreas {
    static final String ORDER_ENTRY = "order-entry";
    static final String ORDERS = "orders";
    static final String CASH = "cash";

    private final OrderEntryController orderEntry;
    private final OrdersController orders;
    private final CashMatchingController cash;
    private final Consumer<String> select;

    WorkAreas(AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
              Supplier<String> currentUser, Consumer<String> select) {
        this.select = select;
        OrderDeskServices orderServices = new OrderDeskServices(services.customers(), services.products(), services.orders(),
                services.orderList(), services.taxRates(), services.clock(), currentUser);
        orderEntry = new OrderEntryController(orderServices, tasks, dialogs, status);
        orders = new OrdersController(orderServices, tasks, status, id -> {
            select.accept(ORDER_ENTRY);
            orderEntry.open(id);
        });
        cash = new CashMatchingController(services.cash(), services.customers(), tasks, dialogs, status, services.clock(), currentUser);
    }

    List<WorkArea> all() {
        return List.of(
                WorkArea.builder(ORDER_ENTRY, "Order entry", Material2MZ.SHOPPING_CART)
                        .shortcut("Ctrl+S", "Save the order")
                        .shortcut("Ctrl+N", "New order (asks before discarding changes)")
                        .shortcut("Enter", "In the customer or product field: take the first match")
                        .shortcut("Enter", "In quantity, price or discount: add the line")
                        .shortcut("F2", "In the lines grid: edit the quantity, price or discount")
                        .shortcut("Delete", "In the lines grid: remove the selected line")
                        .view(() -> Views.load(orderEntry))
                        .onShown(orderEntry::focusFirstField)
                        .build(),
                WorkArea.builder(ORDERS, "Orders", Material2AL.LIST_ALT)
                        .shortcut("Ctrl+F", "Search orders")
                        .shortcut("Down", "From the search field: into the list")
                        .shortcut("Enter", "Open the selected order")
                        .view(() -> Views.load(orders))
                        .onShown(() -> {
                            orders.refresh();
                            orders.focusSearch();
                        })
                        .build(),
                WorkArea.builder(CASH, "Cash matching", Material2MZ.PAYMENTS)
                        .shortcut("Ctrl+I", "Import a bank or lockbox file (BAI2, camt.053/054, payments CSV)")
                        .shortcut("Ctrl+N", "Enter a cheque by hand")
                        .shortcut("Ctrl+M", "Auto-match the day's open payments")
                        .shortcut("Alt+U", "Post all AUTO payments")
                        .shortcut("Ctrl+F", "Search payments")
                        .shortcut("Space", "In the invoices: tick or untick the selected invoice")
                        .shortcut("F2", "In the invoices: edit the applied amount, discount or deduction")
                        .shortcut("Alt+D / Alt+E / Alt+R", "Take discount / record deduction / rest on account")
                        .shortcut("Ctrl+S", "Post the payment")
                        .shortcut("Alt+V", "Reverse the posted payment (asks once)")
                        .view(() -> Views.load(cash))
                        .onShown(() -> {
                            cash.refresh();
                            cash.focusList();
                        })
                        .build());
    }

    void showOrderEntry() {
        select.accept(ORDER_ENTRY);
    }
}
