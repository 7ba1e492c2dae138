package com.orderdesk.logic.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The orders counted by channel, day and touched and the receivables as columns (what the
 * dashboard reads when it opens) give exactly the figures of the ledgers as records, orders listed
 * one by one, for the period, the previous period and every week and month, and the same
 * drill-downs; the drill-down to entered orders, once they are listed, gives the same lists; and
 * a list that does not count as the counts do is refused.
 */
class KpiOrderCountsTest {
    private static final int LEDGERS = 150;

    private static KpiBook counted(Ledgers l, OrderCounts counts) {
        return KpiBook.of(l.invoices(), l.settlements(), l.payments(), counts, ForkJoinPool.commonPool());
    }

    /** The same with the receivables as columns (what the book's reader fills). */
    private static KpiBook columns(Ledgers l, OrderCounts counts) {
        ReceivableColumns columns = ReceivableColumns.of(l.invoices(), l.settlements());
        assertThat(columns.invoices()).isEqualTo(l.invoices());
        assertThat(columns.settlements()).isEqualTo(l.settlements());
        return KpiBook.of(columns, l.payments(), counts, ForkJoinPool.commonPool());
    }

    /** The same indexed in two halves, each as soon as its ledgers are read (what the dashboard's opening does). */
    private static KpiBook halves(Ledgers l, OrderCounts counts) {
        ReceivableColumns columns = ReceivableColumns.of(l.invoices(), l.settlements());
        return KpiBook.of(KpiBook.indexReceivables(columns, l.payments()), KpiBook.indexOrders(counts));
    }

    @Test
    void countedOrdersGiveTheFiguresAndDrillDownsOfTheListedOrders() {
        for (int seed = 0; seed < LEDGERS; seed++) {
            Random random = new Random(seed);
            LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            Ledgers ledgers = KpiRandomLedgers.generate(random, asOf);
            Period period = Period.endingOn(asOf, 1 + random.nextInt(120));
            KpiBook listed = KpiBook.of(ledgers);
            KpiBook counted = switch (seed % 3) {
                case 0 -> counted(ledgers, OrderCounts.of(ledgers.orders()));
                case 1 -> columns(ledgers, OrderCounts.of(ledgers.orders()));
                default -> halves(ledgers, OrderCounts.of(ledgers.orders()));
            };
            String where = "seed " + seed + ", " + period;

            assertThat(counted.report(period)).as(where).isEqualTo(listed.report(period));
            for (AgingBucket bucket : AgingBucket.values()) {
                assertThat(counted.drillDown().openInvoices(period.last(), bucket)).as(where)
                        .isEqualTo(listed.drillDown().openInvoices(period.last(), bucket));
            }
            assertThat(counted.drillDown().invoicesPaid(period)).as(where).isEqualTo(listed.drillDown().invoicesPaid(period));
            assertThat(counted.drillDown().invoicesIssued(period)).as(where).isEqualTo(listed.drillDown().invoicesIssued(period));
            assertThat(counted.drillDown().paymentsAutoApplied(period)).as(where)
                    .isEqualTo(listed.drillDown().paymentsAutoApplied(period));
            assertThat(counted.listsOrders()).isFalse();
            assertThat(counted.drillDown().ordersShipped(period)).as(where).isEqualTo(listed.drillDown().ordersShipped(period));
            assertThat(counted.drillDown().ordersNotPerfect(period)).as(where)
                    .isEqualTo(listed.drillDown().ordersNotPerfect(period));

            KpiBook listing = counted.listingOrders(ledgers.orders());
            assertThat(listing.listsOrders()).isTrue();
            assertThat(listing.report(period)).as(where).isEqualTo(listed.report(period));
            for (OrderChannel channel : new OrderChannel[] {null, OrderChannel.PHONE, OrderChannel.EDI}) {
                assertThat(listing.drillDown().ordersTouched(period, channel)).as(where)
                        .isEqualTo(listed.drillDown().ordersTouched(period, channel));
                assertThat(listing.drillDown().ordersEntered(period, channel)).as(where)
                        .isEqualTo(listed.drillDown().ordersEntered(period, channel));
            }
        }
    }

    @Test
    void theHalvesRefuseWhatTheWholeRefusesWithTheSameProblemsInTheSameOrder() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Ledgers ledgers = KpiRandomLedgers.generate(new Random(7), asOf);
        List<Ledgers.Order> orders = new ArrayList<>(ledgers.orders());
        Ledgers.Order shipped = orders.stream().filter(Ledgers.Order::shipped).findFirst().orElseThrow();
        orders.add(shipped);
        List<Ledgers.Payment> payments = new ArrayList<>(ledgers.payments());
        payments.add(payments.get(0));
        Ledgers bad = new Ledgers(ledgers.invoices(), ledgers.settlements(), payments, orders);
        OrderCounts counts = OrderCounts.of(bad.orders());
        assertThatThrownBy(() -> columns(bad, counts)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(shipped.orderNo()).hasMessageContaining(payments.get(0).paymentId());
        String whole = catchThrowable(() -> columns(bad, counts)).getMessage();
        assertThatThrownBy(() -> halves(bad, counts)).isInstanceOf(IllegalArgumentException.class).hasMessage(whole);
    }

    @Test
    void severalCountsOfOneChannelAndDayAddUp() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        Ledgers none = new Ledgers(List.of(), List.of(), List.of(), List.of());
        KpiBook book = counted(none, new OrderCounts(List.of(new OrderCounts.Entered(OrderChannel.EMAIL, day, 3, 1),
                new OrderCounts.Entered(OrderChannel.EMAIL, day, 2, 2),
                new OrderCounts.Entered(OrderChannel.PHONE, day.minusDays(1), 5, 0)), List.of()));
        KpiFigures f = book.figures(day, 1);
        assertThat(f.basis().ordersEntered()).isEqualTo(5);
        assertThat(f.basis().ordersTouched()).isEqualTo(3);
        assertThat(f.touchlessByChannel().get(OrderChannel.EMAIL)).isEqualByComparingTo("0.4");
        assertThat(book.figures(day, 2).basis().ordersEntered()).isEqualTo(10);
    }

    @Test
    void theDrillDownNeedsTheOrdersListedAndRefusesAListThatCountsOtherwise() {
        Random random = new Random(7);
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Ledgers ledgers = KpiRandomLedgers.generate(random, asOf);
        List<Ledgers.Order> orders = new ArrayList<>(ledgers.orders());
        orders.add(order("EXTRA-1", asOf, false));
        orders.add(order("EXTRA-2", asOf.minusDays(3), true));
        KpiBook counted = counted(ledgers, OrderCounts.of(orders));
        Period period = Period.endingOn(asOf, 30);

        assertThatThrownBy(() -> counted.drillDown().ordersTouched(period, null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("counted, not listed");
        // an order entered since the counts, a touch since, a day moved: each lists otherwise
        List<Ledgers.Order> more = new ArrayList<>(orders);
        more.add(order("LATER", asOf, false));
        List<Ledgers.Order> touchedSince = new ArrayList<>(orders);
        touchedSince.set(orders.size() - 2, order("EXTRA-1", asOf, true));
        List<Ledgers.Order> moved = new ArrayList<>(orders);
        moved.set(orders.size() - 1, order("EXTRA-2", asOf.minusDays(4), true));
        for (List<Ledgers.Order> other : List.of(more, touchedSince, moved)) {
            assertThatThrownBy(() -> counted.listingOrders(other)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not the orders counted");
        }
        assertThat(counted.listingOrders(orders).drillDown().ordersTouched(period, OrderChannel.FILE)).contains("EXTRA-2");
    }

    private static Ledgers.Order order(String number, LocalDate entered, boolean touched) {
        return new Ledgers.Order(number, "C1", OrderChannel.FILE, entered, touched, null, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                false, false, false, false);
    }
}
