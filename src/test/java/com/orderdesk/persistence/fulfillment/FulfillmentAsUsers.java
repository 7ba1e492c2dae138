package com.orderdesk.persistence.fulfillment;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipOutcome;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import java.util.Set;

/**
 * The fulfillment use cases as the tests call them, each action by the user named: "clerk" (an
 * order clerk), "arthur" (an AR clerk), "credit" (a credit manager), or "nobody" (not a user of
 * the book at all, though the role would allow it). Reads are made as "clerk".
 */
public final class FulfillmentAsUsers {
    private final TestBook book;
    private final AppServices services;

    public FulfillmentAsUsers(TestBook book) {
        this(book, book.services());
    }

    /** Over other use cases on the same book (a second desk with its own connection). */
    public FulfillmentAsUsers(TestBook book, AppServices services) {
        this.book = book;
        this.services = services;
    }

    public SignedInUser user(String name) {
        return switch (name) {
            case "arthur" -> book.user(name, Role.AR_CLERK);
            case "credit" -> book.user(name, Role.CREDIT_MANAGER);
            case "admin" -> book.user(name, Role.ADMINISTRATOR);
            case "nobody" -> new SignedInUser(9_999, "nobody", "nobody", Set.of(Role.ORDER_CLERK), book.key());
            default -> book.user(name, Role.ORDER_CLERK);
        };
    }

    public List<QueueRow> queue() {
        return services.fulfillment().queue(user("clerk")).rows();
    }

    public OrderRoutingView load(long orderId) {
        return services.fulfillment().load(user("clerk"), orderId);
    }

    public RoutingOutcome route(long orderId, String user) {
        return services.fulfillment().route(user(user), orderId);
    }

    public List<RoutingOutcome> routeAllReleased(String user) {
        return services.fulfillment().routeAllReleased(user(user));
    }

    /** As a step of a credit release or an order save, in a unit of work of its own. */
    public RoutingOutcome routeAfterRelease(long orderId, String user) {
        SignedInUser u = user(user);
        var steps = new com.orderdesk.application.fulfillment.FulfillmentSteps(services.fulfillment());
        return services.unitOfWork().write("Releasing", () -> steps.routeAfterRelease(u, orderId));
    }

    public RoutingOutcome override(long orderId, OrderPlan plan, String reason, String user) {
        return services.fulfillment().override(user(user), orderId, plan, reason);
    }

    public PickListDocument releaseToWarehouse(long shipmentId, String user) {
        return services.shipping().releaseToWarehouse(user(user), shipmentId);
    }

    public ShipOutcome confirmShipped(ShipConfirmation confirmation, String user) {
        return services.shipping().confirmShipped(user(user), confirmation);
    }
}
