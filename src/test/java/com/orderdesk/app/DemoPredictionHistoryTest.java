package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.persistence.DatabaseConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo book's day of payment predictions sees the customers' payment history. Tour of 7 December
 * (tour13): every one of a fresh demo book's 401 predictions said "no payment history", the credit desk
 * beside six paid invoices of the same customer, because the run came before the demo recorded the
 * paid history's cash.
 */
class DemoPredictionHistoryTest {
    @TempDir
    Path dir;

    @Test
    void aCustomerWhoseInvoicesWerePaidIsPredictedFromThatHistory() {
        try (BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("demo.db")),
                DemoBookFiguresTest.CLOCK, new DemoSize(60, 400, 6, 42), 0, DemoBook.Extent.WHOLE, p -> { })) {
            AppServices s = written.services();
            List<Object[]> rows = s.db().read(x -> x.createNativeQuery("SELECT p.behaviour,"
                    + " (SELECT COUNT(*) FROM invoice i JOIN cash_application a ON a.invoice_id = i.id"
                    + "  WHERE i.customer_id = p.customer_id AND i.status = 'PAID' AND a.applied_cents > 0)"
                    + " FROM collection_prediction p", Object[].class).getResultList());
            List<Object[]> withHistory = rows.stream().filter(r -> ((Number) r[1]).longValue() > 0).toList();
            assertThat(withHistory).as("predicted customers with paid invoices").isNotEmpty();
            assertThat(withHistory.stream().map(r -> (String) r[0]).filter(b -> b.startsWith("no payment history")).toList())
                    .as("customers with paid history predicted as if they had none").isEmpty();
        }
    }
}
