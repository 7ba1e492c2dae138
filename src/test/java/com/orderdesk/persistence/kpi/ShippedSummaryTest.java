package com.orderdesk.persistence.kpi;

import static com.orderdesk.persistence.kpi.ShippedSummaries.assertCountedEqualsRead;
import static com.orderdesk.persistence.kpi.ShippedSummaries.number;
import static com.orderdesk.persistence.kpi.ShippedSummaries.sql;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.PostgresSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each order records of its shipments that left (migration V28, kept by triggers) against the
 * shipments themselves, on a real demo book (history written with plain SQL and through the use
 * cases, claims and returns): after the book is written, after a short pick and a full shipment
 * through the shipping desk, after invoicing them, after plain-SQL changes of every kind the
 * triggers watch, and after the migration's backfill of a book written before V28.
 */
class ShippedSummaryTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final DemoSize SIZE = new DemoSize(60, 400, 6, 42);

    @TempDir
    Path dir;

    @Test
    void theSummaryFollowsEveryChangeToShipmentsLinesAndNodesOnSqlite() {
        try (BookStart.DemoWritten demo = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("demo.db")), CLOCK,
                SIZE, 0, DemoBook.Extent.WHOLE, p -> { })) {
            followsEveryChange(demo);
        }
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void theSummaryFollowsEveryChangeToShipmentsLinesAndNodesOnPostgresql() {
        try (PostgresSchema schema = PostgresSchema.create();
             BookStart.DemoWritten demo = BookStart.createDemo(schema.config(), CLOCK, SIZE, 0, DemoBook.Extent.WHOLE, p -> { })) {
            followsEveryChange(demo);
        }
    }

    private static void followsEveryChange(BookStart.DemoWritten demo) {
        AppServices s = demo.services();
        Database db = s.db();
        var key = demo.result().orElseThrow().key();
        SignedInUser olivia = DemoBook.user("olivia", key);
        SignedInUser arthur = DemoBook.user("arthur", key);

        int shipped = assertCountedEqualsRead(db);
        assertThat(shipped).as("shipped orders in the demo book").isGreaterThan(100);
        assertThat(number(db, "SELECT COUNT(*) FROM sales_order WHERE ship_count > 1")).as("split orders").isPositive();
        assertThat(number(db, "SELECT COUNT(*) FROM claim_case")).as("claims in the book").isPositive();

        // the shipping desk: one shipment leaves short on its first line, another in full
        long shortOne = number(db, "SELECT MIN(s.id) FROM shipment s WHERE s.status IN ('PLANNED', 'RELEASED')"
                + " AND (SELECT COUNT(*) FROM shipment_line l WHERE l.shipment_id = s.id AND l.qty_planned > 1) > 0");
        long fullOne = number(db, "SELECT MAX(s.id) FROM shipment s WHERE s.status IN ('PLANNED', 'RELEASED')");
        assertThat(shortOne).isPositive().isNotEqualTo(fullOne);
        long shortLine = number(db, "SELECT MIN(id) FROM shipment_line WHERE shipment_id = " + shortOne + " AND qty_planned > 1");
        long shortPlanned = number(db, "SELECT qty_planned FROM shipment_line WHERE id = " + shortLine);
        s.shipping().confirmShipped(olivia, new ShipConfirmation(shortOne, version(db, shortOne), "UPS Ground", "1ZSHORT",
                TODAY, Map.of(shortLine, (int) shortPlanned - 1)));
        s.shipping().confirmShipped(olivia, new ShipConfirmation(fullOne, version(db, fullOne), "UPS Ground", "1ZFULL",
                TODAY, Map.of()));
        long shortOrder = number(db, "SELECT order_id FROM shipment WHERE id = " + shortOne);
        assertThat(number(db, "SELECT COUNT(*) FROM sales_order WHERE id = " + shortOrder + " AND last_ship_date = '" + TODAY
                + "' AND shipped_in_full = FALSE")).as("the short-shipped order").isOne();
        assertCountedEqualsRead(db);

        // a shipment that left is taken away again (its lines first, as a repair by hand would)
        long fullOrder = number(db, "SELECT order_id FROM shipment WHERE id = " + fullOne);
        sql(db, "DELETE FROM shipment_line WHERE shipment_id = " + fullOne, "DELETE FROM shipment WHERE id = " + fullOne);
        assertThat(number(db, "SELECT ship_count FROM sales_order WHERE id = " + fullOrder))
                .isEqualTo(number(db, "SELECT COUNT(*) FROM shipment WHERE status IN ('SHIPPED', 'INVOICED') AND order_id = " + fullOrder));
        assertCountedEqualsRead(db);

        // invoicing: SHIPPED -> INVOICED changes nothing the figures count
        assertThat(s.invoicing().issueAllShipped(arthur).issued()).isNotEmpty();
        assertCountedEqualsRead(db);

        // plain SQL on every column and table the summary depends on
        long invoicedShipment = number(db, "SELECT MIN(id) FROM shipment WHERE status = 'INVOICED'"
                + " AND order_id IN (SELECT order_id FROM shipment GROUP BY order_id HAVING COUNT(*) = 1)");
        long itsOrder = number(db, "SELECT order_id FROM shipment WHERE id = " + invoicedShipment);
        sql(db, "UPDATE shipment_line SET qty_shipped = 0 WHERE id = (SELECT MIN(id) FROM shipment_line WHERE shipment_id = "
                + invoicedShipment + ")");
        assertThat(number(db, "SELECT COUNT(*) FROM sales_order WHERE id = " + itsOrder + " AND shipped_in_full = FALSE")).isOne();
        assertCountedEqualsRead(db);
        sql(db, "UPDATE shipment SET delivery_date = '2030-01-01', planned_cost_cents = planned_cost_cents + 777 WHERE id = "
                + invoicedShipment);
        assertCountedEqualsRead(db);
        sql(db, "UPDATE sales_order_line SET qty = 1 WHERE order_id = " + itsOrder);
        sql(db, "INSERT INTO shipment_line (shipment_id, order_line_id, product_id, qty_planned, qty_shipped)"
                + " SELECT " + invoicedShipment + ", l.id, l.product_id, 1, NULL FROM sales_order_line l WHERE l.order_id = " + itsOrder);
        assertThat(number(db, "SELECT COUNT(*) FROM sales_order WHERE id = " + itsOrder + " AND shipped_in_full = TRUE")).isOne();
        assertCountedEqualsRead(db);
        sql(db, "UPDATE fulfillment_node SET handling_cents = handling_cents + 125, pick_per_unit_cents = pick_per_unit_cents + 3");
        assertCountedEqualsRead(db);
        sql(db, "UPDATE shipment SET status = 'SHIPPED', ship_date = '2026-11-25' WHERE id = (SELECT MIN(id) FROM shipment"
                + " WHERE status = 'CANCELLED')");
        sql(db, "UPDATE shipment SET status = 'CANCELLED' WHERE id = (SELECT MAX(id) FROM shipment WHERE status = 'SHIPPED')");
        assertCountedEqualsRead(db);

        // stored days that are not plain dates: the database counts on-time only over plain days, the
        // others are decided as the full read decides them (each late by a comparison of the text)
        String single = "SELECT MIN(o.id) FROM sales_order o WHERE o.ship_count = 1 AND o.last_ship_date IS NOT NULL"
                + " AND o.status IN ('SHIPPED', 'INVOICED', 'PAID') AND o.shipped_in_full = TRUE AND o.last_arrival_date IS NOT NULL"
                // perfect but for the day compared, so that a wrong on-time shows in the counts
                + " AND o.id NOT IN (SELECT order_id FROM claim_case WHERE order_id IS NOT NULL)"
                + " AND o.id NOT IN (SELECT order_id FROM return_authorization WHERE order_id IS NOT NULL) AND o.id > %d";
        long a = number(db, String.format(single, 0));
        long b = number(db, String.format(single, a));
        long c = number(db, String.format(single, b));
        long d = number(db, String.format(single, c));
        long e = number(db, String.format(single, d));
        assertThat(e).as("five shipped orders perfect but for their days").isPositive();
        sql(db, "UPDATE sales_order SET deliver_by = '2000-02-30' WHERE id = " + a, // not a date: no promise, on time
                "UPDATE sales_order SET deliver_by = '2025-02-29' WHERE id = " + b, // no leap year: no promise, on time
                "UPDATE sales_order SET deliver_by = '2000-13-01', requested_date = '2099-01-01' WHERE id = " + c,
                "UPDATE sales_order SET deliver_by = last_ship_date WHERE id = " + d,
                // an arrival that is no date (2027 is no leap year): the ship day counts, on time
                "UPDATE shipment SET delivery_date = '2027-02-29' WHERE status IN ('SHIPPED', 'INVOICED') AND order_id = " + d,
                "UPDATE sales_order SET deliver_by = '2028-02-29', requested_date = NULL WHERE id = " + e); // a leap day
        assertCountedEqualsRead(db);
    }

    private static long version(Database db, long shipment) {
        return number(db, "SELECT version FROM shipment WHERE id = " + shipment);
    }

    /**
     * A book written before V28 (its summary columns, view and triggers taken away and V28 struck
     * from the history) gets V28 when next opened: the backfill records every shipped order as the
     * shipments give it.
     */
    @Test
    void theMigrationBackfillsABookWrittenBeforeIt() {
        DatabaseConfig config = DatabaseConfig.sqlite(dir.resolve("old.db"));
        try (BookStart.DemoWritten demo = BookStart.createDemo(config, CLOCK, SIZE, 0, DemoBook.Extent.WHOLE, p -> { })) {
            assertThat(assertCountedEqualsRead(demo.services().db())).isGreaterThan(100);
            Database db = demo.services().db();
            for (String trigger : new String[] {"shipment_shipped_insert", "shipment_shipped_update", "shipment_shipped_delete",
                    "shipment_line_shipped_insert", "shipment_line_shipped_update", "shipment_line_shipped_delete",
                    "order_line_shipped_insert", "order_line_shipped_update", "order_line_shipped_delete",
                    "fulfillment_node_shipped_costs", "order_shipped_refresh_one", "order_shipped_in_full_refresh_one"}) {
                sql(db, "DROP TRIGGER " + trigger);
            }
            sql(db, "DROP VIEW order_shipped_refresh", "DROP VIEW order_shipped_in_full_refresh");
            for (String column : new String[] {"ship_count", "last_ship_date", "last_arrival_date", "ship_shipping_cents",
                    "ship_handling_cents", "shipped_in_full"}) {
                sql(db, "ALTER TABLE sales_order DROP COLUMN " + column);
            }
            sql(db, "DELETE FROM flyway_schema_history WHERE version = '28'");
        }
        try (Database db = Database.open(config)) {
            assertThat(number(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '28' AND success")).isOne();
            assertThat(number(db, "SELECT COUNT(*) FROM sales_order WHERE ship_count > 0 AND shipped_in_full = FALSE"))
                    .as("orders not shipped in full").isPositive();
            assertThat(assertCountedEqualsRead(db)).isGreaterThan(100);
        }
    }
    /** The same backfill on PostgreSQL: the function and triggers dropped with the columns, V28 run again. */
    @Test
    @EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
    void theMigrationBackfillsABookWrittenBeforeItOnPostgresql() {
        try (PostgresSchema schema = PostgresSchema.create()) {
            try (BookStart.DemoWritten demo = BookStart.createDemo(schema.config(), CLOCK, SIZE, 0, DemoBook.Extent.WHOLE, p -> { })) {
                Database db = demo.services().db();
                assertThat(assertCountedEqualsRead(db)).isGreaterThan(100);
                sql(db, "DROP FUNCTION shipment_shipped_changed() CASCADE", "DROP FUNCTION shipment_line_shipped_changed() CASCADE",
                        "DROP FUNCTION order_line_shipped_changed() CASCADE", "DROP FUNCTION fulfillment_node_shipped_costs() CASCADE",
                        "DROP FUNCTION order_shipped_refresh(BIGINT)",
                        "ALTER TABLE sales_order DROP COLUMN ship_count, DROP COLUMN last_ship_date, DROP COLUMN last_arrival_date,"
                                + " DROP COLUMN ship_shipping_cents, DROP COLUMN ship_handling_cents, DROP COLUMN shipped_in_full",
                        "DELETE FROM flyway_schema_history WHERE version = '28'");
            }
            try (Database db = Database.open(schema.config())) {
                assertThat(number(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '28' AND success")).isOne();
                assertThat(number(db, "SELECT COUNT(*) FROM sales_order WHERE ship_count > 0 AND NOT shipped_in_full"))
                        .as("orders not shipped in full").isPositive();
                assertThat(assertCountedEqualsRead(db)).isGreaterThan(100);
            }
        }
    }
}
