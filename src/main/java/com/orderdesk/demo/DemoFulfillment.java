package com.orderdesk.demo;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.fulfillment.FulfillmentRepository;
import com.orderdesk.application.fulfillment.OrderContext;
import com.orderdesk.application.fulfillment.OrderFulfillment;
import com.orderdesk.application.fulfillment.RoutingBook;
import com.orderdesk.application.fulfillment.ShipmentRecorder;
import com.orderdesk.logic.fulfillment.RoutingOutcome;
import com.orderdesk.logic.fulfillment.routing.FulfillmentRouter;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RoutingMode;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.logic.fulfillment.routing.StockLevel;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.CurrentSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the demo book's ALLOCATED, SHIPPED, INVOICED and PAID orders the shipments they would have
 * had: ALLOCATED orders are routed now (their stock reserved; one with nothing in stock goes back to
 * RELEASED, backordered); the others are routed as if every node had stock and recorded as shipped in
 * full without touching stock (their goods left before the demo's stock count), an invoiced one on its
 * invoice's day. Orders that already
 * have shipments are left alone, so running it twice changes nothing.
 */
public final class DemoFulfillment {
    private static final String[] CARRIERS = {"UPS Ground", "FedEx Ground", "USPS Priority"};
    /** Orders read, routed and written together: one read of their lines, one flush (measured in the commit). */
    private static final int BATCH = 100;

    private DemoFulfillment() {
    }

    public record Result(int allocated, int shipped) {
    }

    /** With the parts the composition root builds for the demo. */
    public static Result backfill(DemoBook.Parts parts, SignedInUser clerk) {
        return backfill(parts, clerk, p -> { });
    }

    /** The same, telling {@code progress} the share of the orders done (0 to 1). */
    public static Result backfill(DemoBook.Parts parts, SignedInUser clerk, java.util.function.DoubleConsumer progress) {
        return backfill(parts.uow(), parts.fulfillment(), parts.routing(), parts.historyRouter(), clerk, parts.clock(), progress);
    }

    /**
     * @param routing fulfillment's routing step, built with a small search budget: history needs
     *                plausible plans, not proofs, and a first start should be quick
     * @param clerk   the demo order clerk the routing is done as
     */
    public static Result backfill(UnitOfWork uow, FulfillmentRepository repository, OrderFulfillment routing,
                                  FulfillmentRouter router, SignedInUser clerk, Clock clock) {
        return backfill(uow, repository, routing, router, clerk, clock, p -> { });
    }

    private static Result backfill(UnitOfWork uow, FulfillmentRepository repository, OrderFulfillment routing,
                                   FulfillmentRouter router, SignedInUser clerk, Clock clock,
                                   java.util.function.DoubleConsumer progress) {
        // invoiced and paid history too: its shipments carry what they cost, so the finance figures of
        // earlier periods (cost per order, split shipments) compare like with like
        List<Object[]> todo = uow.read(() -> CurrentSession.get().createSelectionQuery("select o.id, o.status, "
                        + "(select min(i.issueDate) from Invoice i where i.order = o) from SalesOrder o "
                        + "where o.status in (:a, :s, :i, :p) and not exists (select 1 from Shipment sh where sh.order = o) order by o.number",
                Object[].class).setParameter("a", OrderStatus.ALLOCATED).setParameter("s", OrderStatus.SHIPPED)
                .setParameter("i", OrderStatus.INVOICED).setParameter("p", OrderStatus.PAID).getResultList());
        int[] counts = new int[2];
        // one transaction for the whole backfill: a first start should not wait for hundreds of commits
        uow.run("Giving the demo orders their shipments", () -> {
            // history's goods left before today's stock count and queue: the nodes and the rate card are
            // all it routes against, and they are the same for every one of its orders, so read once
            RoutingBook past = repository.routingBook(List.of());
            for (int from = 0; from < todo.size(); from += BATCH) {
                List<Object[]> batch = todo.subList(from, Math.min(todo.size(), from + BATCH));
                // the batch's orders with their lines and products in one read; the use case's own
                // read of an order (by id) then finds it loaded
                repository.ordersWithLines(batch.stream().map(row -> (Long) row[0]).toList());
                for (Object[] row : batch) {
                    long id = (Long) row[0];
                    OrderStatus was = (OrderStatus) row[1];
                    SalesOrder order = repository.order(id).orElseThrow();
                    if (was != OrderStatus.ALLOCATED) {
                        shipHistory(repository, router, past, order, (LocalDate) row[2], clerk.userName(), clock);
                    } else {
                        order.setStatus(OrderStatus.RELEASED);
                        RoutingOutcome outcome = routing.routeAfterRelease(clerk, id);
                        // nothing in stock: the order honestly waits in the queue as released and backordered
                        order.setStatus(outcome.shipmentNumbers().isEmpty() ? OrderStatus.RELEASED : OrderStatus.ALLOCATED);
                    }
                    counts[was == OrderStatus.ALLOCATED ? 0 : 1]++;
                    if ((counts[0] + counts[1]) % 50 == 0) {
                        progress.accept((double) (counts[0] + counts[1]) / todo.size());
                    }
                }
                // written and let go per batch, not per order: a flush per order cost more than its rows
                repository.flushAndClear();
            }
        });
        int allocated = counts[0];
        int shipped = counts[1];
        return new Result(allocated, shipped);
    }

    /**
     * A shipped order's shipments as they would have left: routed as if every node had stock (its
     * goods left before today's stock count) and as if backordering were out of the question,
     * recorded shipped in full, stock untouched, confirmed by the demo's clerk (a user of the book,
     * so the stock history's "By" names someone a reader can find).
     */
    private static void shipHistory(FulfillmentRepository repository, FulfillmentRouter router, RoutingBook book,
                                    SalesOrder order, LocalDate invoiced, String shippedBy, Clock clock) {
        Map<Long, Integer> whole = OrderContext.wholeOrder(order);
        // released on the day it was taken, so its shipments carry the dates they would have had
        OrderContext ctx = OrderContext.build(book, order, whole, Map.of(), Set.of(), order.orderDate());
        int hash = order.number().hashCode() & 0x7fffffff;
        List<String> skus = new ArrayList<>(ctx.linesBySku().keySet());
        var nodes = ctx.scenario().nodes();
        // about one order in six with two products or more shipped from two nodes: its first two
        // products were each in stock at one node only (a distributor's real split shipments)
        boolean split = hash % 6 == 0 && skus.size() >= 2 && nodes.size() >= 2;
        java.util.Collections.sort(skus);
        int first = hash % Math.max(1, nodes.size());
        int second = (first + 1 + (hash / 7) % Math.max(1, nodes.size() - 1)) % Math.max(1, nodes.size());
        List<StockLevel> plenty = new ArrayList<>();
        for (int n = 0; n < nodes.size(); n++) {
            var node = nodes.get(n);
            for (var sku : ctx.scenario().skus()) {
                boolean held = !split || (!sku.sku().equals(skus.get(0)) || n == first) && (!sku.sku().equals(skus.get(1)) || n == second);
                if (held) {
                    plenty.add(new StockLevel(node.id(), sku.sku(), 1_000_000, 0));
                }
            }
        }
        Scenario history = new Scenario(ctx.scenario().rateCard(), ctx.scenario().nodes(), ctx.scenario().skus(), plenty,
                ctx.scenario().orders(), 1_000_000);   // it did ship: never cheaper to backorder, however heavy
        OrderContext past = new OrderContext(ctx.order(), ctx.routingOrder(), history, ctx.nodes(), ctx.productIds(),
                ctx.linesBySku(), ctx.stock());
        OrderPlan plan = router.route(history, RoutingMode.INDEPENDENT).orders().get(0);
        // it left 0 to 3 days after it was taken (by the order's number), never after the book's today
        LocalDate today = LocalDate.now(clock);
        // (an invoiced order left on its invoice's day: invoices are issued for what shipped)
        LocalDate left = invoiced != null ? invoiced : order.orderDate().plusDays((hash / 13) % 4);
        LocalDate shipped = left.isAfter(today) ? today : left;
        Instant at = shipped.atTime(16, 0).toInstant(ZoneOffset.UTC);
        at = at.isAfter(clock.instant()) ? clock.instant() : at;
        // and after it was taken: an order taken at 16:30 did not leave at 16:00, nor was it released in the morning
        Instant entered = order.enteredAt() == null ? at : order.enteredAt();
        at = at.isBefore(entered.plusSeconds(3600)) && entered.plusSeconds(3600).isBefore(clock.instant())
                ? entered.plusSeconds(3600) : at;
        Instant released = at.minusSeconds(6 * 3600).isBefore(entered) ? entered.plusSeconds(60) : at.minusSeconds(6 * 3600);
        Instant releasedAt = released.isAfter(at) ? at : released;
        Instant shippedAt = at;
        // completed as it left before it is stored: one insert per row, no update after
        new ShipmentRecorder(repository).writeHistory(past, plan, whole, "DEMO_HISTORY", clock.instant(), sh -> {
            for (ShipmentLine line : sh.lines()) {
                line.confirmShipped(line.quantityPlanned());
            }
            String carrier = CARRIERS[(sh.number().hashCode() & 0x7fffffff) % CARRIERS.length];
            sh.markReleased(releasedAt);
            sh.markShipped(carrier, "1Z" + Long.toString(Math.abs((long) sh.number().hashCode() * 7919L), 36).toUpperCase(),
                    shipped, shippedBy, shippedAt);
            if (invoiced != null) {
                // invoiced with its order: the invoicing desk must not offer it again (as the backfill does)
                sh.setStatus(ShipmentStatus.INVOICED);
            }
        });
    }
}
