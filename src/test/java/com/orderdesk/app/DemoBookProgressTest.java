package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start's progress bar tells the truth: it moves forward only, and it reads 100% only once
 * the whole demo book is there. (It used to reach 100% when the bulk rows were written, and then
 * stood still for the shipments, the cash day, the cases and the forecasts: most of the wait.)
 */
class DemoBookProgressTest {
    @TempDir
    Path dir;

    @Test
    void theBarMovesForwardAndReachesTheEndOnlyWhenTheBookIsWhole() {
        Path file = dir.resolve("demo.db");
        List<Double> seen = new ArrayList<>();
        Map<String, Long> atTheEnd = new LinkedHashMap<>();
        try (BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(file), DemoBookFiguresTest.CLOCK,
                new DemoSize(40, 200, 5, 42), 0, DemoBook.Extent.WHOLE, p -> {
                    seen.add(p);
                    if (p >= 1.0 && atTheEnd.isEmpty()) {
                        // what another reader of the file sees when the bar is full
                        for (String table : List.of("shipment", "claim_case", "payment_promise", "cash_forecast_week")) {
                            atTheEnd.put(table, count(file, table));
                        }
                    }
                })) {
            assertThat(written.result()).isPresent();
            assertThat(written.millis()).as("the whole book's time").isPositive();
        }

        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).as("progress report %d of %s", i, seen).isGreaterThanOrEqualTo(seen.get(i - 1));
        }
        assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
        assertThat(atTheEnd).as("the book's parts when the bar first read 100%%")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        // the bar passes through the shipments' share (the old one went from the bulk rows to its end)
        assertThat(seen).anySatisfy(p -> assertThat(p).isBetween(0.3, 0.8));
        // the shipments step ran, and whole: every allocated order has its planned shipment, and the history's
        // plans split some orders over two nodes (without the step a later one gives each left order one
        // shipment, so a count of the table does not show it)
        assertThat(count(file, "sales_order where status = 'ALLOCATED'")).isPositive();
        assertThat(count(file, "sales_order o where o.status = 'ALLOCATED' and not exists "
                + "(select 1 from shipment s where s.order_id = o.id and s.status = 'PLANNED')")).as("allocated, none planned").isZero();
        String left = "sales_order o where o.status in ('SHIPPED', 'INVOICED', 'PAID')";
        assertThat(count(file, "shipment s join " + left + " and o.id = s.order_id"))
                .as("shipments of the orders that left").isGreaterThan(count(file, left));
    }

    private static long count(Path file, String table) {
        try {
            return StagedDemoBookTest.count(file, table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
