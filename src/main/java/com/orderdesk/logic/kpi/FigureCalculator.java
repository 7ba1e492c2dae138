package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The definitions of contracts/kpi.md over the book's indexes, for one period whose as-of date and
 * opening day lie on the given balance timeline. Each figure is computed from exact cents and
 * counts and rounded once (see {@link KpiMath}).
 */
final class FigureCalculator {
    /** Countback walks back at most twelve 30-day blocks: 360 days. */
    static final int COUNTBACK_BLOCKS = 12;
    static final int BLOCK_DAYS = 30;

    private final InvoiceIndex invoices;
    private final OrderIndex orders;
    private final PaymentIndex payments;
    private final BalanceTimeline balances;

    FigureCalculator(InvoiceIndex invoices, OrderIndex orders, PaymentIndex payments, BalanceTimeline balances) {
        this.invoices = invoices;
        this.orders = orders;
        this.payments = payments;
        this.balances = balances;
    }

    KpiFigures figures(Period period) {
        int d = (int) period.last().toEpochDay();
        int first = (int) period.first().toEpochDay();
        int p = period.days();

        long ar = balances.receivables(d);
        long current = balances.current(d);
        long sales = invoices.sales(first, d);
        long opening = balances.receivables(first - 1);

        BigDecimal dso = KpiMath.quotient(BigDecimal.valueOf(ar).multiply(BigDecimal.valueOf(p)), sales, KpiMath.DAYS_SCALE);
        BigDecimal best = KpiMath.quotient(BigDecimal.valueOf(current).multiply(BigDecimal.valueOf(p)), sales, KpiMath.DAYS_SCALE);
        // The difference of the two published figures, so that dso = best + delinquent holds on the page.
        BigDecimal delinquent = dso == null ? null : dso.subtract(best);
        BigDecimal cei = KpiMath.quotient(BigDecimal.valueOf(opening + sales - ar).multiply(BigDecimal.valueOf(100)),
                opening + sales - current, KpiMath.PERCENT_SCALE);

        Map<OrderChannel, BigDecimal> byChannel = new EnumMap<>(OrderChannel.class);
        long entered = 0;
        long touched = 0;
        for (OrderChannel channel : OrderChannel.values()) {
            long[] counts = orders.enteredAndTouched(channel, first, d);
            byChannel.put(channel, KpiMath.rate(counts[0] - counts[1], counts[0]));
            entered += counts[0];
            touched += counts[1];
        }
        long[] received = payments.receivedAndAuto(first, d);

        int[] shipped = orders.shippedRange(first, d);
        long shippedCount = orders.shippedCount(shipped);
        long split = orders.split(shipped);
        long perfect = orders.perfect(shipped);
        long cost = orders.costCents(shipped);

        int[] paidDays = new int[invoices.paidEventsWithin(first, d)];
        int[] paidCount = {0};
        invoices.forEachPaid(first, d, (invoice, days) -> paidDays[paidCount[0]++] = days);

        Basis basis = new Basis(KpiMath.money(sales), KpiMath.money(opening), entered, touched, received[0], received[1],
                shippedCount, split, perfect, KpiMath.money(cost), paidCount[0]);
        return new KpiFigures(period, KpiMath.money(ar), KpiMath.money(current), balances.aging(d), dso, best, delinquent,
                countback(ar, d), cei, KpiMath.rate(entered - touched, entered), byChannel,
                KpiMath.rate(received[1], received[0]), KpiMath.rate(split, shippedCount),
                KpiMath.quotient(KpiMath.money(cost), shippedCount, KpiMath.MONEY_SCALE), KpiMath.rate(perfect, shippedCount),
                orders.medianDaysToShip(shipped), KpiMath.medianDays(paidDays, paidCount[0]), basis);
    }

    /**
     * Countback DSO: how many days of the most recent sales it takes to account for the
     * receivables, block by 30-day block back from D, at most 360. Receivables of zero or less
     * take no days at all (the contract's "a block with no sales adds 30" is for money still to
     * account for, else a book with nothing owed and no recent sales would show 30 days).
     */
    BigDecimal countback(long receivables, int asOfDay) {
        long remaining = receivables;
        if (remaining <= 0) {
            return BigDecimal.ZERO.setScale(KpiMath.DAYS_SCALE);
        }
        for (int k = 0; k < COUNTBACK_BLOCKS; k++) {
            int blockLast = asOfDay - BLOCK_DAYS * k;
            long blockSales = invoices.sales(blockLast - (BLOCK_DAYS - 1), blockLast);
            if (remaining > blockSales) {
                remaining -= blockSales;
            } else {
                // 30k whole days plus 30 x r / s_k of this block, rounded once.
                BigDecimal days = BigDecimal.valueOf(BLOCK_DAYS).multiply(BigDecimal.valueOf(k))
                        .multiply(BigDecimal.valueOf(blockSales))
                        .add(BigDecimal.valueOf(BLOCK_DAYS).multiply(BigDecimal.valueOf(remaining)));
                return KpiMath.quotient(days, blockSales, KpiMath.DAYS_SCALE);
            }
        }
        return BigDecimal.valueOf(COUNTBACK_BLOCKS * BLOCK_DAYS).setScale(KpiMath.DAYS_SCALE);
    }
}
