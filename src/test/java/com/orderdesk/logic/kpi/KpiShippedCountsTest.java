package com.orderdesk.logic.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The shipped orders counted by ship day, entered day, split and perfect with their cost summed
 * (what the dashboard's opening reads of them, {@link OrderCounts.Shipped}) give exactly the figures
 * of the orders listed one by one, for the period, the previous period and every week and month
 * (the median days to ship weighed by the counts); once listed for a drill-down they give the same
 * lists; and a listing that does not count as the counts do is refused.
 */
class KpiShippedCountsTest {
    private static final int LEDGERS = 150;

    private static KpiBook counted(Ledgers l, OrderCounts counts, int how) {
        ReceivableColumns columns = ReceivableColumns.of(l.invoices(), l.settlements());
        return switch (how % 3) {
            case 0 -> KpiBook.of(l.invoices(), l.settlements(), l.payments(), counts, ForkJoinPool.commonPool());
            case 1 -> KpiBook.of(columns, l.payments(), counts, ForkJoinPool.commonPool());
            default -> KpiBook.of(KpiBook.indexReceivables(columns, l.payments()), KpiBook.indexOrders(counts));
        };
    }

    private static List<Ledgers.Order> shipped(Ledgers l) {
        return l.orders().stream().filter(Ledgers.Order::shipped).toList();
    }

    @Test
    void countedShippedOrdersGiveTheFiguresAndDrillDownsOfTheListedOrders() {
        int shippedSeen = 0;
        for (int seed = 0; seed < LEDGERS; seed++) {
            Random random = new Random(seed);
            LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            Ledgers ledgers = KpiRandomLedgers.generate(random, asOf);
            Period period = Period.endingOn(asOf, 1 + random.nextInt(120));
            KpiBook listed = KpiBook.of(ledgers);
            OrderCounts counts = OrderCounts.of(ledgers.orders()).countingShipped();
            assertThat(counts.shipped()).isEmpty();
            KpiBook counted = counted(ledgers, counts, seed);
            String where = "seed " + seed + ", " + period;
            shippedSeen += listed.figures(period).basis().ordersShipped() > 0 ? 1 : 0;

            assertThat(counted.report(period)).as(where).isEqualTo(listed.report(period));
            assertThat(counted.report(Period.endingOn(asOf, 365))).as(where).isEqualTo(listed.report(Period.endingOn(asOf, 365)));
            // nothing counted (no order shipped): nothing to list
            assertThat(counted.listsShippedOrders()).isEqualTo(counts.shippedCounted().isEmpty());
            if (!counts.shippedCounted().isEmpty()) {
                assertThatThrownBy(() -> counted.drillDown().ordersShipped(period)).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("counted, not listed");
            }

            // listed for the drill-down, alone or after the entered orders (either order)
            KpiBook shippedListed = counted.listingShipped(shipped(ledgers));
            KpiBook both = counted.listingOrders(ledgers.orders()).listingShipped(ledgers.orders());
            for (KpiBook book : List.of(shippedListed, both)) {
                assertThat(book.listsShippedOrders()).isTrue();
                assertThat(book.report(period)).as(where).isEqualTo(listed.report(period));
                assertThat(book.drillDown().ordersShipped(period)).as(where).isEqualTo(listed.drillDown().ordersShipped(period));
                assertThat(book.drillDown().ordersSplit(period)).as(where).isEqualTo(listed.drillDown().ordersSplit(period));
                assertThat(book.drillDown().ordersNotPerfect(period)).as(where)
                        .isEqualTo(listed.drillDown().ordersNotPerfect(period));
            }
            assertThat(both.drillDown().ordersTouched(period, null)).as(where)
                    .isEqualTo(listed.drillDown().ordersTouched(period, null));
        }
        assertThat(shippedSeen).as("ledgers with orders shipped in the period").isGreaterThan(LEDGERS / 2);
    }

    @Test
    void theMedianDaysToShipWeighsEachCount() {
        LocalDate day = LocalDate.of(2026, 3, 10);
        Ledgers none = new Ledgers(List.of(), List.of(), List.of(), List.of());
        // 3 orders shipped after 1 day, 1 after 5 days, 2 after 9 days: median of 1,1,1,5,9,9 = 3.0
        OrderCounts counts = new OrderCounts(List.of(), List.of(), List.of(
                new OrderCounts.Shipped(day, day.minusDays(9), false, true, 2, 1_000),
                new OrderCounts.Shipped(day, day.minusDays(1), true, false, 3, 250),
                new OrderCounts.Shipped(day.minusDays(1), day.minusDays(6), false, true, 1, 99),
                new OrderCounts.Shipped(day, day.minusDays(2), false, true, 0, 0)));
        KpiFigures f = counted(none, counts, 0).figures(day, 2);
        assertThat(f.daysToShip()).isEqualByComparingTo("3.0");
        assertThat(f.basis().ordersShipped()).isEqualTo(6);
        assertThat(f.basis().ordersSplit()).isEqualTo(3);
        assertThat(f.basis().ordersPerfect()).isEqualTo(3);
        assertThat(f.basis().shippingAndHandling()).isEqualByComparingTo("13.49");
        assertThat(counted(none, counts, 1).figures(day, 1).daysToShip()).isEqualByComparingTo("1.0");
    }

    @Test
    void aListingThatCountsOtherwiseIsRefused() {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        Ledgers ledgers = KpiRandomLedgers.generate(new Random(11), asOf);
        List<Ledgers.Order> shipped = shipped(ledgers);
        assertThat(shipped).hasSizeGreaterThan(3);
        KpiBook counted = counted(ledgers, OrderCounts.of(ledgers.orders()).countingShipped(), 0);
        Ledgers.Order o = shipped.get(1);
        List<UnaryOperator<Ledgers.Order>> changes = List.of(
                x -> copy(x, x.shippedDate().plusDays(1), x.enteredDate(), x.shipments(), x.shippingCost(), x.complete()),
                x -> copy(x, x.shippedDate(), x.enteredDate().minusDays(1), x.shipments(), x.shippingCost(), x.complete()),
                x -> copy(x, x.shippedDate(), x.enteredDate(), x.shipments() >= 2 ? 1 : 2, x.shippingCost(), x.complete()),
                x -> copy(x, x.shippedDate(), x.enteredDate(), x.shipments(), x.shippingCost().add(new BigDecimal("0.01")),
                        x.complete()),
                x -> copy(x, x.shippedDate(), x.enteredDate(), x.shipments(), x.shippingCost(), !x.complete() || !x.perfect()));
        for (UnaryOperator<Ledgers.Order> change : changes) {
            List<Ledgers.Order> other = new ArrayList<>(shipped);
            other.set(1, change.apply(o));
            if (other.get(1).perfect() == o.perfect() && change == changes.get(4)) {
                continue; // completeness alone did not change whether it is perfect
            }
            assertThatThrownBy(() -> counted.listingShipped(other)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not the orders counted");
        }
        List<Ledgers.Order> more = new ArrayList<>(shipped);
        more.add(copy(o, o.shippedDate(), o.enteredDate(), o.shipments(), o.shippingCost(), o.complete()));
        assertThatThrownBy(() -> counted.listingShipped(more)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(o.orderNo()).hasMessageContaining("twice");
        assertThatThrownBy(() -> counted.listingShipped(shipped.subList(1, shipped.size())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the book changed since it was read");
        assertThat(counted.listingShipped(shipped).drillDown().ordersShipped(Period.endingOn(asOf, 365))).contains(o.orderNo());
    }

    private static Ledgers.Order copy(Ledgers.Order o, LocalDate shipped, LocalDate entered, int shipments, BigDecimal shipping,
                                      boolean complete) {
        return new Ledgers.Order(o.orderNo(), o.customerNo(), o.channel(), entered, o.touched(), shipped, shipments, shipping,
                o.handlingCost(), complete, o.onTime(), o.undamaged(), o.invoiceCorrect());
    }
}
