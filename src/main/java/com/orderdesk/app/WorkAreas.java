package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.invoicing.InvoicesController;
import com.orderdesk.gui.invoicing.InvoicingDesk;
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
    static final String INVOICES = "invoices";

    private final OrderEntryController orderEntry;
    private final OrdersController orders;
    private final InvoicesController invoices;
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
        invoices = new InvoicesController(new InvoicingDesk(services.invoicing(), services::renderer, services.clock(),
                currentUser, Math.max(1, Runtime.getRuntime().availableProcessors())), tasks, dialogs, status);
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
                WorkArea.builder(INVOICES, "Invoices", Material2AL.DESCRIPTION)
                        .shortcut("Ctrl+F", "Search invoices and credit memos")
                        .shortcut("Ctrl+P", "Print the selected documents (system print dialog)")
                        .shortcut("Ctrl+E", "Export the selected documents as PDFs to a folder")
                        .shortcut("Ctrl+A", "In the list: select all shown documents")
                        .shortcut("Alt+N", "Invoice the shipped shipments (choose which)")
                        .shortcut("F5", "Reload the list")
                        .shortcut("Ctrl+PageDown / Ctrl+PageUp", "In the list: next / previous preview page")
                        .view(() -> Views.load(invoices))
                        .onShown(() -> {
                            invoices.refresh();
                            invoices.focusSearch();
                        })
                        .build());
    }

    void showOrderEntry() {
        select.accept(ORDER_ENTRY);
    }
}
