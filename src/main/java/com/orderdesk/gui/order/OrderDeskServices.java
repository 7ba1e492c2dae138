package com.orderdesk.gui.order;

import com.orderdesk.application.catalog.ProductLookup;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.application.fulfillment.DeliveryQuoting;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.fulfillment.routing.DeliveryQuote;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.catalog.ProductHit;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.tax.TaxRates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the order screens need from the use cases, handed in by the app at start, each call made
 * as the user signed in at this desk.
 */
public record OrderDeskServices(CustomerLookup customers, ProductLookup products, OrderUseCases orders, TaxRates taxRates,
                                Clock clock, Supplier<SignedInUser> currentUser, DeliveryQuoting quoting) {

    /** Without delivery quotes (order entry then shows no dates). */
    public OrderDeskServices(CustomerLookup customers, ProductLookup products, OrderUseCases orders, TaxRates taxRates,
                             Clock clock, Supplier<SignedInUser> currentUser) {
        this(customers, products, orders, taxRates, clock, currentUser, null);
    }

    /** The delivery quote of the order as typed; empty when the book promises no dates. Off the FX thread. */
    Optional<DeliveryQuote> quoteDelivery(long shipToId, Map<Long, Integer> quantities, LocalDate requested) {
        return quoting == null ? Optional.empty() : quoting.quote(currentUser.get(), shipToId, quantities, requested);
    }

    List<CustomerHit> searchCustomers(String text, int limit) {
        return customers.search(currentUser.get(), text, limit);
    }

    CustomerContext customerContext(long customerId) {
        return customers.context(currentUser.get(), customerId, LocalDate.now(clock));
    }

    List<ProductHit> searchProducts(String text, int limit) {
        return products.search(currentUser.get(), text, limit);
    }

    LineQuote quote(long productId, Long customerId) {
        return products.quote(currentUser.get(), productId, customerId, LocalDate.now(clock));
    }

    SavedOrder save(OrderDraft draft) {
        return orders.save(currentUser.get(), draft);
    }

    LoadedOrder load(long orderId) {
        return orders.load(currentUser.get(), orderId);
    }

    Listing<OrderListRow> list(OrderFilter filter) {
        return orders.list(currentUser.get(), filter);
    }
}
