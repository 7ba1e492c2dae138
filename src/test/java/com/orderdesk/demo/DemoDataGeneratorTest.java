package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.logic.store.StoreException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataGeneratorTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    static DemoInputs inputs;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadAssets() {
        inputs = DemoInputsLoader.fromShippedAssets(StateTaxRateTable.loadDefault());
    }

    static DemoDataGenerator generator() {
        return new DemoDataGenerator(inputs, CLOCK, pw -> "hash-of-" + pw, new com.orderdesk.application.security.AccountSeals(new java.security.SecureRandom(), 1_000), new java.security.SecureRandom());
    }

    static long count(Database db, String sql) {
        return db.read(s -> ((Number) s.createNativeQuery(sql, Object.class).getSingleResult()).longValue());
    }

    @Test
    void firstStartBookIsBigEnoughForEveryScreen() {
        assertThat(DemoSize.FIRST_START.customers()).isGreaterThanOrEqualTo(500);
        assertThat(inputs.products()).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void writesAConsistentBookWithEveryKindOfRecord() {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("demo.db")))) {
            DemoDataGenerator.Result r = generator().generate(db, new DemoSize(80, 600, 9, 42), p -> { }, () -> false);

            assertThat(r.customers()).isEqualTo(80);
            assertThat(count(db, "select count(*) from customer")).isEqualTo(80);
            assertThat(count(db, "select count(*) from product")).isGreaterThanOrEqualTo(300);
            assertThat(count(db, "select count(distinct node_type) from fulfillment_node")).isEqualTo(3);
            assertThat(count(db, "select count(*) from fulfillment_node")).isGreaterThanOrEqualTo(10);
            assertThat(count(db, "select count(*) from app_user")).isEqualTo(DemoDataGenerator.USERS.size());
            assertThat(count(db, "select count(distinct status) from sales_order")).isGreaterThanOrEqualTo(7);
            assertThat(count(db, "select count(*) from sales_order_line")).isEqualTo(r.lines());
            // scarce items: some products have almost no stock anywhere
            assertThat(count(db, "select count(*) from (select product_id from inventory group by product_id having sum(on_hand) < 10) x"))
                    .isPositive();
            // every customer has a ship-to with coordinates, and every ship-to is a real gazetteer place
            assertThat(count(db, "select count(*) from customer c where not exists (select 1 from ship_to s where s.customer_id = c.id and s.is_default)"))
                    .isZero();
            assertThat(count(db, "select count(*) from ship_to where lat is null or lon is null")).isZero();
            // stored totals are what the pricing engine computes: subtotal = sum of lines, total = subtotal + tax
            assertThat(count(db, "select count(*) from sales_order o where subtotal_cents <> "
                    + "(select sum(extended_cents) from sales_order_line l where l.order_id = o.id)")).isZero();
            assertThat(count(db, "select count(*) from sales_order where total_cents <> subtotal_cents + tax_cents")).isZero();
            // every invoiced or paid order has one invoice; paid ones are closed
            assertThat(count(db, "select count(*) from sales_order o where status in ('INVOICED','PAID') "
                    + "and not exists (select 1 from invoice i where i.order_id = o.id)")).isZero();
            assertThat(count(db, "select count(*) from invoice where status = 'PAID' and open_cents <> 0")).isZero();
            // the numbering series continue after the history
            assertThat(count(db, "select next_value from document_sequence where series = 'ORDER'")).isEqualTo(100000 + 600 + 1);
        }
    }

    @Test
    void noHistoryEventIsAfterTheBooksToday() {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("demo.db")))) {
            DemoDataGenerator.Result written = generator().generate(db, new DemoSize(60, 400, 6, 17), p -> { }, () -> false);
            // the shipments and the invoices' shipments are made at the first start, as DemoBook does
            var parts = com.orderdesk.app.AppServices.over(db, StateTaxRateTable.loadDefault(), CLOCK, 1_000).demoParts();
            DemoFulfillment.backfill(parts, DemoBook.user("olivia", written.key()));
            InvoicingBackfill.run(db, parts.clock());
            String today = java.time.LocalDate.now(CLOCK).toString();
            long now = CLOCK.millis();

            // orders taken today are among the shipped ones: they cannot have left tomorrow
            assertThat(count(db, "select count(*) from shipment where ship_date = '" + today + "'")).isPositive();
            assertThat(count(db, "select count(*) from shipment where ship_date > '" + today + "'")).isZero();
            assertThat(count(db, "select count(*) from shipment where shipped_at > " + now + " or released_at > " + now)).isZero();
            assertThat(count(db, "select count(*) from invoice")).isPositive();
            assertThat(count(db, "select count(*) from invoice where issue_date > '" + today + "' or paid_on > '" + today + "'"))
                    .isZero();
            assertThat(count(db, "select count(*) from cash_payment where received_date > '" + today + "'")).isZero();
            assertThat(count(db, "select count(*) from cash_application where posted_at > " + now)).isZero();
            // no order taken after the book was made, nor after its own shipment left (tour of 5 December
            // 2026: the demo book, made at 12:02, had 131 orders "entered" up to 16:59, 96 after they shipped)
            assertThat(count(db, "select count(*) from sales_order where order_date = '" + today + "'")).isPositive();
            assertThat(count(db, "select count(*) from sales_order where entered_at > " + now)).isZero();
            assertThat(count(db, "select count(*) from sales_order o join shipment s on s.order_id = o.id"
                    + " where s.released_at < o.entered_at or s.shipped_at < o.entered_at")).isZero();
        }
    }

    @Test
    void theSameSeedGivesTheSameBook() {
        List<String> first;
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("a.db")))) {
            generator().generate(db, new DemoSize(30, 50, 5, 7), p -> { }, () -> false);
            first = db.read(s -> s.createNativeQuery("select name || bill_zip from customer order by id", String.class).getResultList());
        }
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("b.db")))) {
            generator().generate(db, new DemoSize(30, 50, 5, 7), p -> { }, () -> false);
            List<String> second = db.read(s -> s.createNativeQuery("select name || bill_zip from customer order by id", String.class).getResultList());
            assertThat(second).isEqualTo(first).hasSize(30);
        }
    }

    @Test
    void refusesADatabaseThatHasDataAndACancelledRunLeavesItEmpty() {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("c.db")))) {
            assertThatThrownBy(() -> generator().generate(db, new DemoSize(10, 6000, 3, 1), p -> { }, () -> true))
                    .isInstanceOf(DemoDataGenerator.Cancelled.class);
            assertThat(DemoDataGenerator.isEmpty(db)).isTrue();
            assertThat(count(db, "select count(*) from product")).isZero();

            generator().generate(db, new DemoSize(10, 10, 3, 1), p -> { }, () -> false);
            assertThatThrownBy(() -> generator().generate(db, new DemoSize(10, 10, 3, 1), p -> { }, () -> false))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("already has customers");
        }
    }
}
