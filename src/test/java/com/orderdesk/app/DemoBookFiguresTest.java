package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.kpi.BookLedgers;
import com.orderdesk.application.kpi.KpiUseCases;
import com.orderdesk.demo.DemoBook;
import com.orderdesk.demo.DemoSize;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.Period;
import com.orderdesk.logic.order.OrderFilter;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.DatabaseConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small demo book read as ledgers: its receivables are the open amounts the invoices screen
 * shows, invoice by invoice; its orders are the orders list's; and its history gives the dashboard
 * something to show (some orders touched, some cash applied by the engine, some by a person).
 */
class DemoBookFiguresTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    @Test
    void theDemoBooksLedgersAreWhatItsScreensShowAndItsFiguresAreNotTrivial() {
        try (BookStart.DemoWritten written = BookStart.createDemo(DatabaseConfig.sqlite(dir.resolve("demo.db")), CLOCK,
                new DemoSize(60, 400, 6, 42), 0, DemoBook.Extent.WHOLE, p -> { })) {
            AppServices s = written.services();
            var key = written.result().orElseThrow().key();
            SignedInUser carmen = DemoBook.user("carmen", key);
            SignedInUser arthur = DemoBook.user("arthur", key);

            BookLedgers.Read read = s.kpi().ledgers(carmen);
            assertThat(read.damaged()).isEmpty();
            KpiBook book = KpiBook.of(read.ledgers());
            KpiFigures f = book.figures(TODAY, 90);

            List<DocumentRow> onScreen = s.invoicing().list(arthur, DocumentFilter.all(TODAY)).rows().stream()
                    .filter(r -> r.kind() == DocumentKind.INVOICE).toList();
            assertThat(read.ledgers().invoices()).hasSameSizeAs(onScreen);
            BigDecimal openOnScreen = onScreen.stream().map(r -> r.open().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(f.arTotal()).isEqualByComparingTo(openOnScreen);
            Set<String> openNumbers = onScreen.stream().filter(r -> r.open().amount().signum() != 0).map(DocumentRow::number)
                    .collect(Collectors.toSet());
            assertThat(Set.copyOf(book.drillDown().openInvoices(TODAY, null))).isEqualTo(openNumbers);
            assertThat((long) read.ledgers().orders().size()).isEqualTo(s.orders().tally(carmen, OrderFilter.all(100_000)).count());

            // what the dashboard reads when it opens (orders counted, receivables as columns, no
            // customers) gives exactly the report and the drill-downs of the ledgers read in full
            KpiUseCases.Figures opening = s.kpi().figures(carmen, Runnable::run);
            assertThat(opening.read().damaged()).isEmpty();
            assertThat(opening.read().money().reconciled()).isEqualTo(read.reconciled());
            assertThat(opening.book().listsOrders()).isFalse();
            KpiBook listing = s.kpi().listOrders(carmen, opening).book();
            for (Period period : List.of(Period.endingOn(TODAY, 90), Period.endingOn(TODAY, 365), Period.endingOn(TODAY, 7))) {
                assertThat(opening.book().report(period)).as(period.toString()).isEqualTo(book.report(period));
                assertThat(listing.drillDown().ordersTouched(period, null)).isEqualTo(book.drillDown().ordersTouched(period, null));
                assertThat(opening.book().drillDown().openInvoices(TODAY, null)).isEqualTo(book.drillDown().openInvoices(TODAY, null));
            }
            assertThat(listing.drillDown().ordersTouched(Period.endingOn(TODAY, 365), null)).isNotEmpty();
            assertThat(book.drillDown().ordersShipped(Period.endingOn(TODAY, 365))).isNotEmpty();
            assertThat(s.kpi().invoiceCustomers(carmen)).isEqualTo(read.ledgers().invoices().stream()
                    .collect(Collectors.toMap(i -> i.invoiceNo(), i -> i.customerNo())));
            // shipped orders are counted at the opening; the drill-down lists them with their customers
            assertThat(opening.read().orders().counts().shippedCounted()).isNotEmpty();
            assertThat(opening.book().listsShippedOrders()).isFalse();
            KpiUseCases.Listed shipped = s.kpi().listShippedOrders(carmen, opening);
            assertThat(shipped.orders()).isEqualTo(read.ledgers().orders().stream().filter(o -> o.shipped()).toList());
            for (Period period : List.of(Period.endingOn(TODAY, 90), Period.endingOn(TODAY, 365), Period.endingOn(TODAY, 7))) {
                assertThat(shipped.book().report(period)).isEqualTo(book.report(period));
                assertThat(shipped.book().drillDown().ordersShipped(period)).isEqualTo(book.drillDown().ordersShipped(period));
                assertThat(shipped.book().drillDown().ordersSplit(period)).isEqualTo(book.drillDown().ordersSplit(period));
                assertThat(shipped.book().drillDown().ordersNotPerfect(period)).isEqualTo(book.drillDown().ordersNotPerfect(period));
            }

            assertThat(f.touchlessOrderRate()).isStrictlyBetween(new BigDecimal("0.5"), BigDecimal.ONE);
            assertThat(f.autoCashRate()).isStrictlyBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(f.perfectOrderRate()).isNotNull();
            assertThat(f.dso()).isNotNull();
            // the paid history has its cash now; only part-paid history invoices are reconciled (see BookLedgers)
            assertThat(read.reconciled()).as("history invoices settled without cash behind them")
                    .isLessThan(read.ledgers().invoices().size() / 10);
        }
    }
}
