package com.orderdesk.logic.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents behind each figure, as ids in date order (then ledger order): what a dashboard
 * lists when a person clicks a figure. Each list is exactly the set the figure counted, so its
 * size (or the sum of its amounts) matches the figure's {@link Basis}.
 */
public final class KpiDrillDown {
    private final InvoiceIndex invoices;
    private final OrderIndex orders;
    private final PaymentIndex payments;

    KpiDrillDown(InvoiceIndex invoices, OrderIndex orders, PaymentIndex payments) {
        this.invoices = invoices;
        this.orders = orders;
        this.payments = payments;
    }

    private static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    /**
     * Invoices with a non-zero open amount at the end of {@code asOf} in the aging bucket (all
     * buckets when null): the invoices whose open amounts make {@code ar_total} or the bucket.
     */
    public List<String> openInvoices(LocalDate asOf, AgingBucket bucket) {
        int d = day(asOf);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < invoices.count && invoices.invoiceDay[i] <= d; i++) {
            if (invoices.openAt(i, d) != 0 && (bucket == null || AgingBucket.of((long) d - invoices.dueDay[i]) == bucket)) {
                ids.add(invoices.invoiceNo[i]);
            }
        }
        return ids;
    }

    /**
     * The open amount at the end of {@code asOf} of every invoice open then, by number: what each
     * invoice of {@link #openInvoices} adds to {@code ar_total} (its total less what was settled by then).
     */
    public Map<String, BigDecimal> openAmounts(LocalDate asOf) {
        int d = day(asOf);
        Map<String, BigDecimal> open = new HashMap<>();
        for (int i = 0; i < invoices.count && invoices.invoiceDay[i] <= d; i++) {
            long cents = invoices.openAt(i, d);
            if (cents != 0) {
                open.put(invoices.invoiceNo[i], BigDecimal.valueOf(cents, 2));
            }
        }
        return open;
    }

    /** Invoices issued in the period: the sales {@code S} behind DSO. */
    public List<String> invoicesIssued(Period period) {
        int[] range = invoices.issuedRange(day(period.first()), day(period.last()));
        List<String> ids = new ArrayList<>(range[1] - range[0]);
        for (int i = range[0]; i < range[1]; i++) {
            ids.add(invoices.invoiceNo[i]);
        }
        return ids;
    }

    /** Invoices paid in the period: the ones behind {@code days_to_pay}. */
    public List<String> invoicesPaid(Period period) {
        List<String> ids = new ArrayList<>();
        invoices.forEachPaid(day(period.first()), day(period.last()), (invoice, days) -> ids.add(invoices.invoiceNo[invoice]));
        return ids;
    }

    /** Orders entered in the period (one channel, or all when null) that a person touched. */
    public List<String> ordersTouched(Period period, OrderChannel channel) {
        return ordersEntered(period, channel, Boolean.TRUE);
    }

    /** Orders entered in the period (one channel, or all when null) that no person touched. */
    public List<String> ordersTouchless(Period period, OrderChannel channel) {
        return ordersEntered(period, channel, Boolean.FALSE);
    }

    /** Orders entered in the period (one channel, or all when null). */
    public List<String> ordersEntered(Period period, OrderChannel channel) {
        return ordersEntered(period, channel, null);
    }

    private List<String> ordersEntered(Period period, OrderChannel channel, Boolean touched) {
        List<String> ids = new ArrayList<>();
        for (OrderChannel c : channel == null ? OrderChannel.values() : new OrderChannel[] {channel}) {
            orders.collectEntered(c, day(period.first()), day(period.last()), touched, ids);
        }
        return ids;
    }

    /** Orders whose last shipment left in the period. */
    public List<String> ordersShipped(Period period) {
        return shipped(period, OrderIndex.ShippedFilter.ALL);
    }

    /** Orders shipped in the period in two shipments or more. */
    public List<String> ordersSplit(Period period) {
        return shipped(period, OrderIndex.ShippedFilter.SPLIT);
    }

    /** Orders shipped in the period that were not perfect (incomplete, late, damaged or invoiced wrong). */
    public List<String> ordersNotPerfect(Period period) {
        return shipped(period, OrderIndex.ShippedFilter.NOT_PERFECT);
    }

    private List<String> shipped(Period period, OrderIndex.ShippedFilter filter) {
        List<String> ids = new ArrayList<>();
        orders.collectShipped(orders.shippedRange(day(period.first()), day(period.last())), filter, ids);
        return ids;
    }

    /** Payments received in the period. */
    public List<String> paymentsReceived(Period period) {
        return payments(period, null);
    }

    /** Payments received in the period that a person applied or confirmed (not auto-applied). */
    public List<String> paymentsAppliedByPerson(Period period) {
        return payments(period, Boolean.FALSE);
    }

    /** Payments received in the period and applied with no person confirming. */
    public List<String> paymentsAutoApplied(Period period) {
        return payments(period, Boolean.TRUE);
    }

    private List<String> payments(Period period, Boolean auto) {
        List<String> ids = new ArrayList<>();
        payments.collect(day(period.first()), day(period.last()), auto, ids);
        return ids;
    }
}
