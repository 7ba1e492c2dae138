package com.orderdesk.app;

import com.orderdesk.gui.audit.AuditViewerController;
import com.orderdesk.gui.cash.CashDeskServices;
import com.orderdesk.gui.cash.CashMatchingController;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.credit.CreditHoldsController;
import com.orderdesk.gui.credit.CreditHoldsViewModel;
import com.orderdesk.gui.invoicing.InvoicesController;
import com.orderdesk.gui.invoicing.InvoicingDesk;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.gui.order.OrderEntryController;
import com.orderdesk.gui.order.OrdersController;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.app.AreaParts.Part;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.order.TimelineLink;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The screens of the application, in rail order (Ctrl+1 is the first), wired to their services.
 * Only the areas the signed-in user's role may use are offered; the services check again.
 */
final class WorkAreas {
    static final String ORDER_ENTRY = "order-entry";
    static final String ORDERS = "orders";
    static final String CREDIT_HOLDS = "credit-holds";
    static final String AUDIT = "audit";
    static final String INVOICES = "invoices";
    static final String CASH = "cash";
    static final String CUSTOMERS = "customers";

    /** Brings an area to front, then runs what was asked in it once its view is in (its first visit builds it). */
    interface Selector {
        void select(String id, Runnable then);
    }

    private final AppServices services;
    private final SignedInUser user;
    /** Every screen's controller, made at its area's first visit (or when another screen sends a document there). */
    private final AreaParts parts = new AreaParts();
    private final Part<OrderEntryController> orderEntry;
    private final Part<OrdersController> orders;
    private final Part<CreditHoldsController> holds;
    private final Part<AuditViewerController> audit;
    private final Part<InvoicesController> invoices;
    private final WorkArea fulfillment;
    /** Written where the fulfillment screen is made (off the FX thread), read on it. */
    private volatile com.orderdesk.gui.fulfillment.FulfillmentController fulfillmentScreen;
    private final Part<CashMatchingController> cash;
    private final Part<com.orderdesk.gui.customer.CustomersController> customers;
    private final Selector select;
    /** Products (administrators) and Stock (order clerks and administrators), issue 11. */
    private final WorkArea[] catalogAreas;
    private final List<WorkArea> claimAreas;
    private final List<WorkArea> collectionAreas;
    private final List<WorkArea> adminAreas;
    private final java.util.Optional<WorkArea> inboxArea;
    private final com.orderdesk.gui.inbox.WindowDrop windowDrop;
    private final List<WorkArea> dashboardArea;
    private final Part<com.orderdesk.gui.inbox.OriginalMessageViewer> originalMessage;

    /** The signed-in user this desk was wired for. */
    SignedInUser user() {
        return user;
    }

    /** Wires the desk of {@code user}; no screen is made here (each at its area's first visit). */
    WorkAreas(AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
              SignedInUser user, Selector select) {
        this.services = services;
        this.user = user;
        this.select = select;
        OrderDeskServices orderServices = new OrderDeskServices(services.customers(), services.products(), services.orders(),
                services.taxRates(), services.clock(), () -> user, services.fulfillment().quoting());
        orderEntry = parts.part(() -> {
            OrderEntryController controller = new OrderEntryController(orderServices, tasks, dialogs, status);
            controller.setPermissions(may(Permission.ENTER_ORDER), may(Permission.CANCEL_ORDER));
            controller.setTimelineLinks(this::mayOpen, this::follow);
            return controller;
        });
        originalMessage = parts.part(() -> new com.orderdesk.gui.inbox.OriginalMessageViewer(
                id -> services.inbox().review().originalOfOrder(user, id), tasks, dialogs, services.clock().getZone()));
        fulfillment = FulfillmentArea.build(parts, services, tasks, dialogs, status, () -> user, c -> fulfillmentScreen = c);
        orders = parts.part(() -> new OrdersController(orderServices, tasks, status,
                id -> select.select(ORDER_ENTRY, () -> orderEntry.get().open(id))));
        holds = parts.part(() -> new CreditHoldsController(services.credit(), tasks, dialogs, status,
                new CreditHoldsViewModel(() -> user, services.authorizer(), () -> LocalDate.now(services.clock()),
                        services.clock().getZone()), services.clock()));
        audit = parts.part(() -> new AuditViewerController(services.auditTrail(), () -> user, tasks, status,
                services.clock().getZone()));
        invoices = parts.part(() -> {
            InvoicesController controller = new InvoicesController(new InvoicingDesk(services.invoicing(), services::renderer,
                    services.clock(), () -> user, Math.max(1, Runtime.getRuntime().availableProcessors())), tasks, dialogs, status);
            controller.setDisputes(new com.orderdesk.gui.claims.DisputeDialog(services.claims(), () -> user));
            return controller;
        });
        catalogAreas = new WorkArea[] {CatalogAreas.products(parts, services, tasks, dialogs, status, () -> user),
                CatalogAreas.stock(parts, services, tasks, dialogs, status, () -> user)};
        cash = parts.part(() -> new CashMatchingController(new CashDeskServices(services.cash(), services.customers(),
                services.clock(), () -> user), tasks, dialogs, status));
        claimAreas = ClaimsAreas.build(parts, services, tasks, dialogs, status, () -> user);
        collectionAreas = CollectionsAreas.build(parts, services, tasks, dialogs, status, () -> user);
        adminAreas = AdminAreas.build(parts, services, tasks, dialogs, status, () -> user);
        InboxArea.Built inbox = InboxArea.build(parts, services, orderServices, tasks, dialogs, status, () -> user);
        inboxArea = inbox.area();
        windowDrop = inbox.drop();
        dashboardArea = DashboardArea.build(parts, services, tasks, dialogs, status, () -> user, this::mayOpen, link -> {
            if (link.screen() == TimelineLink.Screen.ORDER) {
                select.select(ORDER_ENTRY, () -> follow(link));
            } else {
                follow(link);
            }
        });
        customers = parts.part(() -> new com.orderdesk.gui.customer.CustomersController(
                new com.orderdesk.gui.customer.CustomersViewModel(new com.orderdesk.gui.customer.CustomerDeskServices(
                        services.customerMaintenance(), services.clock(), () -> user,
                        () -> services.companyDefaults().defaultPaymentTerms(user)), tasks, dialogs, status), dialogs));
    }

    /** Whether this user has the screen an order's timeline entry links to. */
    private boolean mayOpen(TimelineLink.Screen screen) {
        return switch (screen) {
            case ORDER -> may(Permission.VIEW_ORDERS);
            case CREDIT_HOLDS -> may(Permission.VIEW_CREDIT_HOLDS);
            case FULFILLMENT -> may(Permission.ROUTE_ORDERS) || may(Permission.ADMIN_SETTINGS);
            case INVOICES -> may(Permission.PRINT_INVOICE);
            case CASH -> may(Permission.APPLY_CASH);
            case AUDIT -> may(Permission.VIEW_AUDIT);
            case ORIGINAL -> may(Permission.VIEW_ORDERS);
        };
    }

    /** Opens the screen that holds a timeline entry's document, with that document shown. */
    private void follow(TimelineLink link) {
        switch (link.screen()) {
            case ORDER -> orderEntry.get().openNumber(link.document());
            case CREDIT_HOLDS -> select.select(CREDIT_HOLDS, () -> holds.get().showOrder(link.document()));
            case FULFILLMENT -> select.select(FulfillmentArea.ID, () -> {
                if (fulfillmentScreen != null && link.orderId() != null) {
                    fulfillmentScreen.open(link.orderId());
                }
            });
            case INVOICES -> select.select(INVOICES, () -> invoices.get().showDocument(link.document()));
            case CASH -> select.select(CASH, () -> cash.get().showPayment(link.document(), link.day()));
            case AUDIT -> select.select(AUDIT, () -> audit.get().showDocument(link.document()));
            case ORIGINAL -> originalMessage.get().show(link.orderId());
        }
    }

    List<WorkArea> all() {
        List<WorkArea> areas = new ArrayList<>();
        if (may(Permission.ENTER_ORDER)) {
            areas.add(WorkArea.builder(ORDER_ENTRY, "Order entry", Material2MZ.SHOPPING_CART)
                    .shortcut("Alt+Y", "Copy the order on screen into a new one at today's prices")
                    .shortcut("Alt+L", "Cancel the order on screen (asks for the reason)")
                    .shortcut("Alt+E", "Into the timeline; Enter opens the selected entry's screen")
                    .shortcut("Alt+W", "To the delivery ways (Tab from the requested date too); Up/Down, Space picks")
                    .shortcut("Ctrl+S", "Save the order")
                    .shortcut("Ctrl+N", "New order (asks before discarding changes)")
                    .shortcut("Enter", "In the customer or product field: take the first match")
                    .shortcut("Enter", "In quantity, price or discount: add the line")
                    .shortcut("F2", "In the lines grid: edit the quantity, price or discount")
                    .shortcut("Delete", "In the lines grid: remove the selected line")
                    .view(() -> Views.load(orderEntry.get()))
                    .onShown(() -> orderEntry.get().focusFirstField())
                    .build());
        }
        if (may(Permission.VIEW_ORDERS)) {
            areas.add(WorkArea.builder(ORDERS, "Orders", Material2AL.LIST_ALT)
                    .shortcut("Ctrl+F", "Search orders")
                    .shortcut("Down", "From the search field: into the list")
                    .shortcut("Enter", "Open the selected order")
                    .screen(orders, OrdersController::refresh, OrdersController::focusSearch)
                    .build());
        }
        inboxArea.ifPresent(areas::add);
        if (!may(Permission.ENTER_ORDER) && may(Permission.VIEW_ORDERS)) {
            // credit and AR open orders from the list too: read-only, with the timeline
            areas.add(WorkArea.builder(ORDER_ENTRY, "Order", Material2MZ.SHOPPING_CART)
                    .shortcut("Alt+E", "Into the timeline; Enter opens the selected entry's screen")
                    .view(() -> Views.load(orderEntry.get()))
                    .build());
        }
        if (may(Permission.VIEW_CREDIT_HOLDS)) {
            areas.add(WorkArea.builder(CREDIT_HOLDS, Messages.get("holds.area"), Material2AL.ACCOUNT_BALANCE)
                    .shortcut("Up / Down", Messages.get("holds.keys.move"))
                    .shortcut("Enter", Messages.get("holds.keys.enter"))
                    .shortcut("Ctrl+Enter", Messages.get("holds.keys.release"))
                    .shortcut("Alt+E", Messages.get("holds.keys.keep"))
                    .shortcut("Alt+J", Messages.get("holds.keys.reject"))
                    .shortcut("Alt+M", Messages.get("holds.keys.manualHold"))
                    .shortcut("Alt+C", Messages.get("holds.keys.limit"))
                    .shortcut("Alt+L", Messages.get("holds.keys.limitField"))
                    .shortcut("Alt+O", Messages.get("holds.keys.review"))
                    .shortcut("Ctrl+F", Messages.get("holds.keys.search"))
                    .shortcut("Down / Enter", Messages.get("holds.keys.fromSearch"))
                    .screen(holds, CreditHoldsController::refresh, CreditHoldsController::focusQueue)
                    .build());
        }
        if (may(Permission.ROUTE_ORDERS) || may(Permission.ADMIN_SETTINGS)) {
            areas.add(fulfillment);
        }
        if (may(Permission.MAINTAIN_PRODUCTS)) {
            areas.add(catalogAreas[0]);
        }
        if (may(Permission.MOVE_STOCK)) {
            areas.add(catalogAreas[1]);
        }
        if (may(Permission.PRINT_INVOICE)) {
            areas.add(WorkArea.builder(INVOICES, "Invoices", Material2AL.DESCRIPTION)
                    .shortcut("Ctrl+F", "Search invoices and credit memos")
                    .shortcut("Ctrl+P", "Print the selected documents (system print dialog)")
                    .shortcut("Ctrl+E", "Export the selected documents as PDFs to a folder")
                    .shortcut("Ctrl+A", "In the list: select all shown documents")
                    .shortcut("Alt+N", "Invoice the shipped shipments (choose which)")
                    .shortcut("Alt+D", "Dispute the selected open invoice: a claim with reason, amount and note")
                    .shortcut("F5", "Reload the list")
                    .shortcut("Ctrl+PageDown / Ctrl+PageUp", "In the list: next / previous preview page")
                    .screen(invoices, InvoicesController::refresh, InvoicesController::focusSearch)
                    .build());
        }
        if (may(Permission.APPLY_CASH)) {
            areas.add(WorkArea.builder(CASH, "Cash matching", Material2MZ.PAYMENTS)
                    .shortcut("Ctrl+I", "Import a bank or remittance file (camt, BAI2/BTRS, MT940/MT942, X12 820, CSV)")
                    .shortcut("Ctrl+N", "Enter a cheque by hand")
                    .shortcut("Ctrl+M", "Auto-match the day's open payments")
                    .shortcut("Alt+U", "Post all AUTO payments")
                    .shortcut("Ctrl+F", "Search payments")
                    .shortcut("Space", "In the invoices: tick or untick the selected invoice")
                    .shortcut("F2", "In the invoices: edit the applied amount, discount or deduction")
                    .shortcut("Alt+D / Alt+E / Alt+R", "Take discount / record deduction / rest on account")
                    .shortcut("Ctrl+S", "Post the payment")
                    .shortcut("Alt+V", "Reverse the posted payment (asks once)")
                    .screen(cash, CashMatchingController::refresh, CashMatchingController::focusList)
                    .build());
        }
        areas.addAll(dashboardArea);
        areas.addAll(claimAreas);
        areas.addAll(collectionAreas);
        areas.addAll(adminAreas);
        if (may(Permission.VIEW_AUDIT)) {
            areas.add(WorkArea.builder(AUDIT, "Audit trail", Material2MZ.POLICY)
                    .shortcut("Enter", "In a filter field: search")
                    .shortcut("Alt+R", "Verify the hash chain again")
                    .screen(audit, AuditViewerController::refresh, AuditViewerController::focusFilter)
                    .build());
        }
        if (may(Permission.MAINTAIN_CUSTOMERS)) {
            areas.add(WorkArea.builder(CUSTOMERS, "Customers", Material2AL.CONTACTS)
                    .shortcut("Ctrl+F", "Search customers: any words (name, number, city, phone, e-mail)")
                    .shortcut("Down", "From the search field: into the list")
                    .shortcut("Enter", "In the search field or the list: open the customer")
                    .shortcut("Ctrl+N", "New customer (asks before discarding changes)")
                    .shortcut("Ctrl+S", "Save the customer")
                    .shortcut("Esc", "Close the lookalike note; put back what was stored (asks once)")
                    .shortcut("Alt+I / Alt+O / Alt+C", "Add a ship-to / a contact / a customer part number")
                    .shortcut("Alt+W, then Enter", "Type why, then deactivate or reactivate the customer")
                    .screen(customers, com.orderdesk.gui.customer.CustomersController::refresh,
                            com.orderdesk.gui.customer.CustomersController::focusSearch)
                    .build());
        }
        return areas;
    }

    private boolean may(Permission p) {
        return services.authorizer().can(user, p);
    }

    /** The area a user of this role starts in. */
    String home() {
        if (may(Permission.RELEASE_CREDIT_HOLD)) {
            return CREDIT_HOLDS;
        }
        if (may(Permission.ENTER_ORDER)) {
            return ORDER_ENTRY;
        }
        if (may(Permission.MANAGE_USERS)) {
            return AUDIT;
        }
        if (may(Permission.PRINT_INVOICE)) {
            return INVOICES;
        }
        return ORDERS;
    }

    /** Message files dropped anywhere on the window go to the order inbox (or are refused in words). */
    void acceptDroppedFiles(javafx.scene.Node windowRoot) {
        windowDrop.install(windowRoot);
    }

    void showHome() {
        select.select(home(), () -> { });
    }

    CreditHoldsController holds() {
        return holds.get();
    }

    AuditViewerController audit() {
        return audit.get();
    }

    /** How many screens' parts have been made so far (signing in makes none; each first visit its own). */
    int partsMade() {
        return parts.made();
    }
}
