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
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.order.OrderListRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.simulation.Policies;
import com.orderdesk.logic.simulation.SimClock;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.kpi.ShippedSummaries;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A week of simulated business on a small fresh demo book, checked against the book it changed:
 * every order it entered is shipped, open or cancelled in the book as in its ledger; every invoice
 * it issued is settled or still open for exactly what the ledgers say; the payments it recorded
 * are the cash desk's, applied automatically or by the clerk as recorded.
 */
class SimulationConsistencyTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    @Test
    void aWeekOfBusinessLeavesTheBookAndTheLedgersInAgreement() {
        SimClock clock = new SimClock(FIRST.minusDays(1));
        try (BookStart.DemoWritten demo = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("sim.db")), clock,
                new DemoSize(50, 0, 9, 7L), 0, DemoBook.Extent.BULK_ONLY, p -> { })) {
            AuditKey key = demo.result().orElseThrow().key();
            AppServices book = demo.services();
            SimulationParts.Cast cast = new SimulationParts.Cast(DemoBook.user("olivia", key), DemoBook.user("carmen", key),
                    DemoBook.user("arthur", key), DemoBook.user("admin", key));
            Simulation.Result r = new Simulation(SimulationRunner.parts(book, clock, cast)).run(
                    new Simulation.Settings(FIRST, 7, 10, 7L, 50, Policies.DEFAULT), dir, f -> { });
            Ledgers ledgers = r.ledgers();

            // orders in = shipped + open + cancelled, in the ledger and in the book alike
            assertThat(ledgers.orders()).hasSize(r.counts().ordersEntered());
            assertThat(r.ordersShipped() + r.ordersOpen() + r.ordersCancelled()).isEqualTo(ledgers.orders().size());
            assertThat(r.ordersShipped()).isPositive();
            Map<String, OrderStatus> inBook = new HashMap<>();
            book.orders().list(cast.clerk(), OrderFilter.all(10_000)).rows().forEach(o -> inBook.put(o.number(), o.status()));
            int shipped = 0;
            int cancelled = 0;
            int open = 0;
            for (Ledgers.Order o : ledgers.orders()) {
                OrderStatus s = inBook.get(o.orderNo());
                assertThat(s).as(o.orderNo()).isNotNull();
                if (s == OrderStatus.CANCELLED) {
                    cancelled++;
                } else if (s == OrderStatus.SHIPPED || s == OrderStatus.INVOICED || s == OrderStatus.PAID) {
                    shipped++;
                    assertThat(o.shipped()).as(o.orderNo() + " shipped in the book").isTrue();
                } else {
                    open++;
                    assertThat(o.shipped()).as(o.orderNo() + " open in the book").isFalse();
                }
            }
            assertThat(List.of(shipped, open, cancelled)).isEqualTo(List.of(r.ordersShipped(), r.ordersOpen(), r.ordersCancelled()));

            // invoiced = settled + open, the open part as the book has it
            SignedInUser ar = cast.arClerk();
            Map<String, BigDecimal> openInBook = new HashMap<>();
            for (DocumentRow d : book.invoicing().list(ar, DocumentFilter.all(FIRST.plusDays(6))).rows()) {
                openInBook.put(d.number(), d.open().amount());
            }
            BigDecimal invoiced = BigDecimal.ZERO;
            BigDecimal stillOpen = BigDecimal.ZERO;
            for (Ledgers.Invoice i : ledgers.invoices()) {
                invoiced = invoiced.add(i.amount());
                assertThat(openInBook).containsKey(i.invoiceNo());
                stillOpen = stillOpen.add(openInBook.get(i.invoiceNo()));
            }
            BigDecimal settled = ledgers.settlements().stream().map(Ledgers.Settlement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(invoiced).isPositive();
            assertThat(settled).isPositive();
            assertThat(settled.add(stillOpen)).isEqualByComparingTo(invoiced);

            // every payment recorded is on the cash desk, posted, by the engine exactly when recorded as auto
            Set<String> autoOnDesk = new HashSet<>();
            Set<String> onDesk = new HashSet<>();
            for (int d = 0; d < 7; d++) {
                book.cash().payments(ar, FIRST.plusDays(d)).rows().forEach(p -> {
                    onDesk.add(p.number());
                    if (p.status() == com.orderdesk.logic.cash.desk.DeskStatus.AUTO_APPLIED) {
                        autoOnDesk.add(p.number());
                    }
                    assertThat(p.status().posted()).as(p.number()).isTrue();
                });
            }
            assertThat(ledgers.payments()).isNotEmpty();
            for (Ledgers.Payment p : ledgers.payments()) {
                assertThat(onDesk).contains(p.paymentId());
                assertThat(autoOnDesk.contains(p.paymentId())).as(p.paymentId()).isEqualTo(p.auto());
            }
            assertThat(onDesk).hasSize(ledgers.payments().size());

            assertThat(r.counts().shortPicks()).as("short picks in the week").isPositive();
            // what each order recorded of its shipments as they left (short picks, re-routes and
            // invoicing included) gives the dashboard exactly the shipped orders the shipments give
            assertThat(ShippedSummaries.assertCountedEqualsRead(book.db())).isGreaterThanOrEqualTo(r.ordersShipped()).isPositive();
        }
    }
}
