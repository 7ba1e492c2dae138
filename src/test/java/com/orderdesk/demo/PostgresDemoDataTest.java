package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.PostgresSchema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo-data generator on a real PostgreSQL server: the same bulk JDBC writes as on SQLite,
 * the same book from the same seed, and afterwards the identity sequences continue past the
 * explicit ids it wrote, so the next customer or order saved through Hibernate gets a fresh id.
 */
@EnabledIfEnvironmentVariable(named = PostgresSchema.URL_VARIABLE, matches = ".+")
class PostgresDemoDataTest {
    @TempDir
    Path dir;

    static long count(Database db, String sql) {
        return DemoDataGeneratorTest.count(db, sql);
    }

    @Test
    void writesAConsistentBookAndTheIdentitiesContinueAfterIt() {
        DemoDataGeneratorTest.loadAssets();
        try (PostgresSchema schema = PostgresSchema.create(); Database db = Database.open(schema.config())) {
            DemoDataGenerator.Result r = DemoDataGeneratorTest.generator().generate(db, new DemoSize(80, 600, 9, 42), p -> { }, () -> false);

            assertThat(count(db, "select count(*) from customer")).isEqualTo(80);
            assertThat(count(db, "select count(*) from product")).isEqualTo(r.products()).isGreaterThanOrEqualTo(300);
            assertThat(count(db, "select count(distinct node_type) from fulfillment_node")).isEqualTo(3);
            assertThat(count(db, "select count(*) from app_user")).isEqualTo(DemoDataGenerator.USERS.size());
            assertThat(count(db, "select count(*) from sales_order_line")).isEqualTo(r.lines());
            assertThat(count(db, "select count(*) from customer c where not exists "
                    + "(select 1 from ship_to s where s.customer_id = c.id and s.is_default)")).isZero();
            assertThat(count(db, "select count(*) from sales_order o where subtotal_cents <> "
                    + "(select sum(extended_cents) from sales_order_line l where l.order_id = o.id)")).isZero();
            assertThat(count(db, "select count(*) from sales_order where ship_city is null")).isZero();
            assertThat(count(db, "select next_value from document_sequence where series = 'ORDER'")).isEqualTo(100601);

            long maxCustomerId = count(db, "select max(id) from customer");
            long maxShipToId = count(db, "select max(id) from ship_to");
            long maxOrderId = count(db, "select max(id) from sales_order");
            long maxLineId = count(db, "select max(id) from sales_order_line");
            Customer added = new Customer("C-99999", "Lakeside Diner", "NET 30", RiskClass.LOW, LocalDate.of(2026, 11, 1));
            Address boise = new Address("1 Main St", null, "Boise", "ID", "83702", new GeoPoint(43.615, -116.2023));
            added.setBillTo(boise);
            added.addShipTo("Kitchen", boise, true);
            long newCustomerId = db.write(s -> {
                s.persist(added);
                s.flush();
                return added.id();
            });
            assertThat(newCustomerId).isEqualTo(maxCustomerId + 1);
            long newShipToId = db.read(s -> s.find(Customer.class, newCustomerId).shipTos().get(0).id());
            assertThat(newShipToId).isEqualTo(maxShipToId + 1);

            long productId = count(db, "select min(id) from product where active");
            SavedOrder saved = com.orderdesk.app.AppServices.over(db, StateTaxRateTable.loadDefault(), DemoDataGeneratorTest.CLOCK)
                    .orders().save(DemoBook.user("olivia", r.key()),
                            new OrderDraft(null, null, newCustomerId, newShipToId, OrderChannel.PHONE, null, null, null,
                            List.of(new OrderLineDraft(productId, "?", 2, null, BigDecimal.ZERO))));
            assertThat(saved.id()).isEqualTo(maxOrderId + 1);
            assertThat(saved.number()).isEqualTo("SO-100601");
            assertThat(count(db, "select max(id) from sales_order_line")).isEqualTo(maxLineId + 1);
        }
    }

    @Test
    void theSameSeedGivesTheSameBookOnSqliteAndPostgres() {
        DemoDataGeneratorTest.loadAssets();
        String names = "select name || ' ' || bill_zip || ' ' || credit_limit_cents from customer order by id";
        List<String> onSqlite;
        long sqliteTotal;
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("same.db")))) {
            DemoDataGeneratorTest.generator().generate(db, new DemoSize(30, 60, 5, 7), p -> { }, () -> false);
            onSqlite = db.read(s -> s.createNativeQuery(names, String.class).getResultList());
            sqliteTotal = count(db, "select sum(total_cents) from sales_order");
        }
        try (PostgresSchema schema = PostgresSchema.create(); Database db = Database.open(schema.config())) {
            DemoDataGeneratorTest.generator().generate(db, new DemoSize(30, 60, 5, 7), p -> { }, () -> false);
            List<String> onPostgres = db.read(s -> s.createNativeQuery(names, String.class).getResultList());
            assertThat(onPostgres).hasSize(30).isEqualTo(onSqlite);
            assertThat(count(db, "select sum(total_cents) from sales_order")).isEqualTo(sqliteTotal);
        }
    }

    @Test
    void twoDesksStartingAtOnceOnAnEmptyBookWriteItOnce() throws Exception {
        DemoDataGeneratorTest.loadAssets();
        try (PostgresSchema schema = PostgresSchema.create();
             Database deskA = Database.open(schema.config());
             Database deskB = Database.open(schema.config())) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Optional<DemoDataGenerator.Result>>> runs = new ArrayList<>();
            for (Database desk : List.of(deskA, deskB)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return DemoDataGeneratorTest.generator().generateIfEmpty(desk, new DemoSize(25, 40, 4, 3), p -> { }, () -> false);
                }));
            }
            go.countDown();
            int wrote = 0;
            for (Future<Optional<DemoDataGenerator.Result>> run : runs) {
                wrote += run.get(120, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(wrote).isEqualTo(1);
            assertThat(count(deskA, "select count(*) from customer")).isEqualTo(25);
            assertThat(count(deskB, "select count(*) from sales_order")).isEqualTo(40);
        }
    }

    @Test
    void aCancelledRunLeavesThePostgresBookEmptyAndAFullBookIsRefused() {
        DemoDataGeneratorTest.loadAssets();
        try (PostgresSchema schema = PostgresSchema.create(); Database db = Database.open(schema.config())) {
            assertThatThrownBy(() -> DemoDataGeneratorTest.generator().generate(db, new DemoSize(10, 6000, 3, 1), p -> { }, () -> true))
                    .isInstanceOf(DemoDataGenerator.Cancelled.class);
            assertThat(DemoDataGenerator.isEmpty(db)).isTrue();
            assertThat(count(db, "select count(*) from product")).isZero();

            DemoDataGeneratorTest.generator().generate(db, new DemoSize(10, 10, 3, 1), p -> { }, () -> false);
            assertThatThrownBy(() -> DemoDataGeneratorTest.generator().generate(db, new DemoSize(10, 10, 3, 1), p -> { }, () -> false))
                    .hasMessageContaining("already has customers");
        }
    }
}
