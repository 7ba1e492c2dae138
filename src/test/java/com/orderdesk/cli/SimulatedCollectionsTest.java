package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.application.simulation.Simulation;
import com.orderdesk.application.simulation.SimulationParts;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.simulation.Policies;
import com.orderdesk.logic.simulation.SimClock;
import com.orderdesk.persistence.DatabaseConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seven weeks of a small business with collections on: invoices fall overdue, the Monday dunning
 * runs send letters and the AR clerk's calls end in promises, all stored in the book through the
 * collections use cases as the simulator counted them; some payments come sooner; and invoiced is
 * still settled plus open, as the book has it.
 */
class SimulatedCollectionsTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);
    private static final int DAYS = 50;

    @TempDir
    Path dir;

    @Test
    void lettersCallsAndPromisesAreStoredAndPaymentsComeSooner() throws SQLException {
        SimClock clock = new SimClock(FIRST.minusDays(1));
        try (BookStart.DemoWritten demo = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("sim.db")), clock,
                new DemoSize(30, 0, 9, 3L), 0, DemoBook.Extent.BULK_ONLY, p -> { })) {
            AuditKey key = demo.result().orElseThrow().key();
            AppServices book = demo.services();
            SimulationParts.Cast cast = new SimulationParts.Cast(DemoBook.user("olivia", key), DemoBook.user("carmen", key),
                    DemoBook.user("arthur", key), DemoBook.user("admin", key));
            Simulation.Result r = new Simulation(SimulationRunner.parts(book, clock, cast)).run(
                    new Simulation.Settings(FIRST, DAYS, 2, 3L, 30, Policies.DEFAULT), dir, f -> { });

            var c = r.counts();
            assertThat(c.letters()).isPositive();
            assertThat(c.calls()).isPositive().isLessThanOrEqualTo(c.letters());
            assertThat(c.promises()).isPositive().isLessThanOrEqualTo(c.calls());
            assertThat(c.promisesKept()).isLessThanOrEqualTo(c.promises());
            assertThat(c.invoicesBroughtForward()).isPositive();
            assertThat(count(book, "dunning_notice")).isEqualTo(c.letters());
            assertThat(count(book, "collection_contact")).isEqualTo(c.calls());
            assertThat(count(book, "payment_promise")).isEqualTo(c.promises());

            // invoiced = settled + open, the open part as the book has it
            Map<String, BigDecimal> openInBook = new HashMap<>();
            for (DocumentRow d : book.invoicing().list(cast.arClerk(), DocumentFilter.all(FIRST.plusDays(DAYS - 1))).rows()) {
                openInBook.put(d.number(), d.open().amount());
            }
            Ledgers ledgers = r.ledgers();
            BigDecimal invoiced = BigDecimal.ZERO;
            BigDecimal stillOpen = BigDecimal.ZERO;
            for (Ledgers.Invoice i : ledgers.invoices()) {
                invoiced = invoiced.add(i.amount());
                stillOpen = stillOpen.add(openInBook.get(i.invoiceNo()));
            }
            BigDecimal settled = ledgers.settlements().stream().map(Ledgers.Settlement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(settled.add(stillOpen)).isEqualByComparingTo(invoiced);
        }
    }

    private static int count(AppServices book, String table) throws SQLException {
        try (Connection c = book.db().openJdbcConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
