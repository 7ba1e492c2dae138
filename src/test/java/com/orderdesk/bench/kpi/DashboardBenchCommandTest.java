package com.orderdesk.bench.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.cli.CliRuns;
import com.orderdesk.cli.SignInOptions;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dashboard-bench} on a book with one order (touched: its route was overridden) shipped,
 * invoiced and paid: it reads what the dashboard's opening reads (the order counted, the shipped
 * order in full), reports the period, and times the first drill-downs (the order listed).
 */
class DashboardBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void timesTheOpeningAndTheFirstDrillDownsOfABook() {
        OrderLife life = new OrderLife(TestBook.create(dir));
        life.entered().released().overridden().shipped().invoiced().paid();
        life.book.db.close();
        // the bench's period ends today (the machine's), the book's order was entered on TestBook.TODAY
        long days = Math.max(30, ChronoUnit.DAYS.between(TestBook.TODAY, LocalDate.now()) + 30);

        CliRuns.Run run = CliRuns.run(new DashboardBenchCommand(), Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD),
                "--db", dir.resolve("book.db").toString(), "--user", "carmen", "--runs", "2", "--days", String.valueOf(days));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Book: \\d+ invoices").contains("1 orders (counted on 1 channel-days; 1 shipped, counted in 1 rows)")
                .contains("0 damaged rows").contains("Report: " + days + " days")
                .contains("1 orders listed, 1 touched in the period").contains("invoices' customers").contains("shipped orders")
                .contains("(1 listed, 1 in the period)")
                .contains("CPU of the process (all threads)");
    }
}
