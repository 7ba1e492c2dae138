package com.orderdesk.demo;

import static com.orderdesk.demo.DemoDataGeneratorTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo book's open orders have dates the desk can still meet: around and after the book's today,
 * a few just late, none weeks overdue (the old book had allocated orders due a month before its
 * today, so every screen read late). History keeps the dates it was taken with.
 */
class DemoOpenOrderDatesTest {
    private static final String OPEN = "status in ('ENTERED', 'CREDIT_HOLD', 'RELEASED', 'ALLOCATED')";
    private static final String PROMISE = "coalesce(deliver_by, requested_date)";

    @TempDir
    Path dir;

    @BeforeAll
    static void loadAssets() {
        DemoDataGeneratorTest.loadAssets();
    }

    @Test
    void openOrdersAreDueAroundAndAfterTodayAndHistoryStaysInThePast() {
        try (Database db = Database.open(DatabaseConfig.sqlite(dir.resolve("demo.db")))) {
            DemoDataGeneratorTest.generator().generate(db, new DemoSize(80, 1500, 5, 42), p -> { }, () -> false);
            LocalDate today = LocalDate.now(DemoDataGeneratorTest.CLOCK);

            long dated = count(db, "select count(*) from sales_order where " + OPEN + " and " + PROMISE + " is not null");
            long late = count(db, "select count(*) from sales_order where " + OPEN + " and " + PROMISE + " < '" + today + "'");
            assertThat(dated).as("open orders with a date to meet").isGreaterThan(50);
            assertThat((double) late / dated).as("share of the open orders (%d with a date) due before today", dated)
                    .isLessThan(0.10);
            assertThat(late).as("a realistic few are late").isPositive();
            assertThat(count(db, "select count(*) from sales_order where " + OPEN + " and " + PROMISE + " < '"
                    + today.minusDays(2) + "'")).as("open orders due more than two days ago").isZero();
            assertThat(count(db, "select count(*) from sales_order where " + OPEN + " and requested_date < order_date"))
                    .as("no order asked for before it was taken").isZero();

            // shipped, invoiced, paid and cancelled orders keep the day asked for when they were taken
            assertThat(count(db, "select count(*) from sales_order where not " + OPEN + " and requested_date is not null"
                    + " and julianday(requested_date) - julianday(order_date) not between 2 and 11")).isZero();
            assertThat(count(db, "select count(*) from sales_order where status = 'PAID' and requested_date < '"
                    + today.minusDays(30) + "'")).as("paid history due long ago").isPositive();
        }
    }
}
