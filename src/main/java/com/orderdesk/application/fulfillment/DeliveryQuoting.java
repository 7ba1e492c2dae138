package com.orderdesk.application.fulfillment;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.fulfillment.routing.DeliveryQuote;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.logic.fulfillment.routing.SkuInfo;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.catalog.Product;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Order entry's delivery quote, before the order is saved: when the typed order can arrive at the
 * earliest, and the cheapest ways to meet the requested delivery date, against the stock
 * available now (released today; an amended order's own reservations count as its own). Reads only; nothing is reserved, so a quote is a forecast
 * that routing, after the credit check, makes real if the stock is still there.
 */
public final class DeliveryQuoting {
    /** How many ways to meet the date order entry shows (the cheapest node sets). */
    public static final int WAYS = 3;
    static final String QUOTED_ORDER = "QUOTE";
    /**
     * Search visits per quote: order entry asks again after each change, and with the desk router's
     * 5,000,000 the search for the next cheapest node sets of a one-line order over the demo's 13
     * nodes ran for minutes on a loaded machine. With fewer the ways may be the cheapest found
     * rather than proven ({@code waysComplete} false); the plan routing makes is unaffected.
     */
    static final long QUOTE_VISITS = 100_000;

    private final UnitOfWork uow;
    private final AccessControl access;
    private final FulfillmentRepository repository;
    private final Clock clock;
    private final FulfillmentRouter router;

    DeliveryQuoting(UnitOfWork uow, AccessControl access, FulfillmentRepository repository, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.repository = repository;
        this.clock = clock;
        this.router = new FulfillmentRouter(QUOTE_VISITS, 1, 0);
    }

    /**
     * @param quantities units per product id (lines of one product added up)
     * @param requested  the requested delivery date; null: no date (the ways are then the cheapest plans)
     * @return empty when the book has no active carrier service (no dates to promise)
     */
    public Optional<DeliveryQuote> quote(SignedInUser user, long shipToId, Map<Long, Integer> quantities, LocalDate requested) {
        return quote(user, null, shipToId, quantities, requested);
    }

    /**
     * The quote of an order being amended ({@code orderId}; null for a new order): the stock its
     * own shipments not yet shipped reserve counts as available to it, as routing will count it
     * (without it, an order holding the last units was quoted as if someone else held them).
     */
    public Optional<DeliveryQuote> quote(SignedInUser user, Long orderId, long shipToId, Map<Long, Integer> quantities,
                                         LocalDate requested) {
        access.require(user, Permission.ENTER_ORDER);
        return uow.read(() -> {
            var point = repository.shipToPoint(shipToId).orElseThrow(() -> new StoreException(
                    "This ship-to has no map location (latitude and longitude), so no delivery date can be promised."));
            Map<String, Integer> qty = new LinkedHashMap<>();
            List<SkuInfo> skus = new ArrayList<>();
            for (var e : quantities.entrySet()) {
                if (e.getValue() > 0) {
                    Product p = repository.productReference(e.getKey());
                    qty.put(p.sku(), e.getValue());
                    skus.add(new SkuInfo(p.sku(), p.weightGrams() / 1000.0));
                }
            }
            RoutingBook book = repository.routingBook(quantities.keySet());
            if (!book.rateCard().hasServices() || qty.isEmpty()) {
                return Optional.<DeliveryQuote>empty();
            }
            LocalDate today = LocalDate.now(clock);
            List<OrderLine> lines = qty.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList();
            RoutingOrder order = new RoutingOrder(QUOTED_ORDER, point, lines, false, null, today, requested);
            List<NodeRow> nodes = book.nodes().stream().filter(n -> !n.atCapacity()).toList();
            List<String> codes = nodes.stream().map(n -> n.routing().id()).toList();
            List<StockRow> stock = book.stock().stream().filter(s -> codes.contains(s.nodeCode())).toList();
            Scenario scenario = new Scenario(book.rateCard(), nodes.stream().map(NodeRow::routing).toList(), skus,
                    RoutingBook.levels(stock, orderId == null ? Map.of() : OwnReservations.of(repository.shipments(orderId))),
                    List.of(order), book.backorderPenalty(), today);
            return Optional.of(router.quote(scenario, QUOTED_ORDER, requested, WAYS));
        });
    }
}
