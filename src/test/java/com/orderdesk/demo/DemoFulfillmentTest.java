package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo book's allocated and shipped orders get consistent shipments; running the backfill again changes nothing. */
class DemoFulfillmentTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T15:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void allocatedOrdersReserveTheirPlannedStockAndShippedOrdersHaveShippedShipments() {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("demo.db")))) {
            var written = new DemoDataGenerator(DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault()), CLOCK, pw -> "h-" + pw, new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), 1_000), new java.security.SecureRandom())
                    .generate(db, new DemoSize(40, 400, 5, 42), p -> { }, () -> false);

            var parts = com.orderdesk.app.AppServices.over(db, StateTaxRateTable.loadDefault(), CLOCK, 1_000).demoParts();
            var olivia = DemoBook.user("olivia", written.key());
            DemoFulfillment.Result r = DemoFulfillment.backfill(parts, olivia);

            assertThat(r.allocated()).isPositive();
            assertThat(r.shipped()).isPositive();
            long reserved = db.read(s -> s.createSelectionQuery("select coalesce(sum(i.reserved), 0) from InventoryItem i", Long.class)
                    .getSingleResult());
            long planned = db.read(s -> s.createSelectionQuery("select coalesce(sum(l.quantityPlanned), 0) from ShipmentLine l "
                    + "where l.shipment.status = com.orderdesk.model.fulfillment.ShipmentStatus.PLANNED", Long.class).getSingleResult());
            assertThat(reserved).isEqualTo(planned).isPositive();
            long unconfirmed = db.read(s -> s.createSelectionQuery("select count(l) from ShipmentLine l where l.shipment.status = "
                    + "com.orderdesk.model.fulfillment.ShipmentStatus.SHIPPED and l.quantityShipped is null", Long.class).getSingleResult());
            assertThat(unconfirmed).isZero();
            // a shipped order shipped all of it: what invoicing reads adds up to the order lines
            long ordered = db.read(s -> s.createSelectionQuery("select sum(l.quantity) from SalesOrderLine l "
                    + "where l.order.status = com.orderdesk.model.order.OrderStatus.SHIPPED", Long.class).getSingleResult());
            long shippedUnits = db.read(s -> s.createSelectionQuery("select sum(l.quantityShipped) from ShipmentLine l "
                    + "where l.shipment.order.status = com.orderdesk.model.order.OrderStatus.SHIPPED", Long.class).getSingleResult());
            assertThat(shippedUnits).isEqualTo(ordered);
            long overPromised = db.read(s -> s.createSelectionQuery("select count(i) from InventoryItem i "
                    + "where i.reserved > i.onHand - i.safetyStock and i.reserved > 0", Long.class).getSingleResult());
            assertThat(overPromised).isZero();

            // invoiced and paid history shipped too, on its invoice's day, at what the rate card charges,
            // some of it from two nodes: the finance figures of earlier periods have costs and splits
            List<Object[]> history = db.read(s -> s.createSelectionQuery("select o.number, sh.shipDate, sh.plannedCost, sh.status, "
                    + "(select min(i.issueDate) from Invoice i where i.order = o) from Shipment sh join sh.order o "
                    + "where o.status in (com.orderdesk.model.order.OrderStatus.INVOICED, com.orderdesk.model.order.OrderStatus.PAID)",
                    Object[].class).getResultList());
            long invoicedOrders = db.read(s -> s.createSelectionQuery("select count(o) from SalesOrder o where o.status in "
                    + "(com.orderdesk.model.order.OrderStatus.INVOICED, com.orderdesk.model.order.OrderStatus.PAID)", Long.class)
                    .getSingleResult());
            assertThat(invoicedOrders).isPositive();
            assertThat(history.stream().map(row -> row[0]).distinct().count()).isEqualTo(invoicedOrders);
            assertThat(history).allSatisfy(row -> {
                assertThat(((com.orderdesk.model.common.Money) row[2]).amount()).as(row[0] + " cost").isPositive();
                assertThat(row[1]).as(row[0] + " left on its invoice's day").isEqualTo(row[4]);
                // invoiced with its order: not offered to the invoicing desk again
                assertThat(row[3]).as(row[0] + " status").isEqualTo(com.orderdesk.model.fulfillment.ShipmentStatus.INVOICED);
            });
            assertThat(history.size()).as("some history orders left from two nodes").isGreaterThan((int) invoicedOrders);
            // stored as they left, one insert each: none was written as planned and then updated
            long rewritten = db.read(s -> s.createSelectionQuery("select count(sh) from Shipment sh where sh.status in "
                    + "(com.orderdesk.model.fulfillment.ShipmentStatus.SHIPPED, com.orderdesk.model.fulfillment.ShipmentStatus.INVOICED) "
                    + "and sh.version <> 0", Long.class).getSingleResult());
            assertThat(rewritten).isZero();
            // confirmed by a user of the book (the stock history's "By" said "demo", a name no one has)
            List<String> confirmedBy = db.read(s -> s.createSelectionQuery("select distinct sh.shippedBy from Shipment sh "
                    + "where sh.shippedBy is not null", String.class).getResultList());
            assertThat(confirmedBy).containsExactly("olivia");

            assertThat(DemoFulfillment.backfill(parts, olivia)).isEqualTo(new DemoFulfillment.Result(0, 0));
        }
    }
}
