package com.orderdesk.persistence.fulfillment;

import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentLine;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.Database;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Gives the demo book's ALLOCATED and SHIPPED orders the shipments they would have had: ALLOCATED
 * orders are routed now (their stock reserved); SHIPPED ones are routed against today's stock and
 * recorded as shipped without touching stock (their goods left before the demo's stock count).
 * Orders that already have shipments are left alone, so running it twice changes nothing.
 */
public final class DemoFulfillment {
    private static final String[] CARRIERS = {"UPS Ground", "FedEx Ground", "USPS Priority"};

    private DemoFulfillment() {
    }

    public record Result(int allocated, int shipped) {
    }

    /** History needs plausible plans, not proofs: a small search budget keeps a first start quick. */
    public static Result backfill(Database db, java.time.Clock clock) {
        FulfillmentService service = new FulfillmentService(db, clock,
                new com.orderdesk.logic.fulfillment.routing.FulfillmentRouter(5_000, 1, 0));
        List<Object[]> todo = db.read(s -> s.createSelectionQuery("select o.id, o.status from SalesOrder o "
                        + "where o.status in (:a, :s) and not exists (select 1 from Shipment sh where sh.order = o) order by o.number",
                Object[].class).setParameter("a", OrderStatus.ALLOCATED).setParameter("s", OrderStatus.SHIPPED).getResultList());
        int[] counts = new int[2];
        // one transaction for the whole backfill: a first start should not wait for hundreds of commits
        db.write(s -> {
            for (Object[] row : todo) {
                long id = (Long) row[0];
                OrderStatus was = (OrderStatus) row[1];
                SalesOrder order = s.get(SalesOrder.class, id);
                order.setStatus(OrderStatus.RELEASED);
                service.routeWithin(s, id, "demo");
                if (was == OrderStatus.SHIPPED) {
                    s.flush();
                    markShipped(s, order);
                }
                order.setStatus(was);
                counts[was == OrderStatus.SHIPPED ? 1 : 0]++;
                s.flush();
                s.clear();
            }
            return null;
        });
        int allocated = counts[0];
        int shipped = counts[1];
        return new Result(allocated, shipped);
    }

    private static void markShipped(org.hibernate.Session s, SalesOrder order) {
        Instant at = order.orderDate().plusDays(1).atTime(16, 0).toInstant(ZoneOffset.UTC);
        for (Shipment sh : FulfillmentService.shipments(s, order.id())) {
            long nodeId = sh.node().id();
            for (ShipmentLine line : sh.lines()) {
                long productId = line.product().id();
                int qty = line.quantityPlanned();
                s.doWork(c -> RoutingData.unreserve(c, nodeId, productId, qty));
                line.confirmShipped(qty);
            }
            String carrier = CARRIERS[(int) (sh.number().hashCode() & 0x7fffffff) % CARRIERS.length];
            sh.markReleased(at.minusSeconds(6 * 3600));
            sh.markShipped(carrier, "1Z" + Long.toString(Math.abs((long) sh.number().hashCode() * 7919L), 36).toUpperCase(),
                    order.orderDate().plusDays(1), "demo", at);
            sh.setStatus(ShipmentStatus.SHIPPED);
        }
        s.doWork(c -> ShipmentWriter.closeBackorders(c, order.id()));
    }
}
