package com.orderdesk.gui.kpi;

import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.KpiDrillDown;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.Period;
import java.util.ArrayList;
import java.util.List;

/** The documents behind a figure: which kind, and how the engine lists them for a period. */
public enum Drill {
    OPEN_INVOICES(Kind.INVOICE, "Open invoices at the period's end"),
    CURRENT_INVOICES(Kind.INVOICE, "Open invoices not yet due"),
    PAST_DUE_INVOICES(Kind.INVOICE, "Open invoices past due"),
    INVOICES_ISSUED(Kind.INVOICE, "Invoices issued in the period"),
    PAID_INVOICES(Kind.INVOICE, "Invoices paid in the period"),
    TOUCHED_ORDERS(Kind.ORDER, "Orders a person touched"),
    SPLIT_ORDERS(Kind.ORDER, "Orders shipped in two shipments or more"),
    SHIPPED_ORDERS(Kind.ORDER, "Orders shipped in the period"),
    NOT_PERFECT_ORDERS(Kind.ORDER, "Orders shipped that were not perfect"),
    PAYMENTS_BY_PERSON(Kind.PAYMENT, "Payments a person applied or has yet to apply");

    /** Which screen holds the documents. */
    public enum Kind { INVOICE, ORDER, PAYMENT }

    private final Kind kind;
    private final String title;

    Drill(Kind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public Kind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    /** Whether it lists open invoices, whose rows show what is open (the figure's sum), not the invoice's total. */
    public boolean listsOpenInvoices() {
        return this == OPEN_INVOICES || this == CURRENT_INVOICES || this == PAST_DUE_INVOICES;
    }

    /** Whether it lists entered orders, which the dashboard's opening counts rather than reads. */
    public boolean listsEnteredOrders() {
        return this == TOUCHED_ORDERS;
    }

    /** Whether it lists shipped orders, which the dashboard's opening counts rather than reads. */
    public boolean listsShippedOrders() {
        return this == SPLIT_ORDERS || this == SHIPPED_ORDERS || this == NOT_PERFECT_ORDERS;
    }

    /**
     * The document numbers, in the engine's order; {@code bucket} narrows open invoices to one
     * aging bucket and {@code channel} touched orders to one channel (both may be null).
     */
    public List<String> numbers(KpiDrillDown d, Period p, AgingBucket bucket, OrderChannel channel) {
        return switch (this) {
            case OPEN_INVOICES -> d.openInvoices(p.last(), bucket);
            case CURRENT_INVOICES -> d.openInvoices(p.last(), AgingBucket.CURRENT);
            case PAST_DUE_INVOICES -> {
                List<String> all = new ArrayList<>();
                for (AgingBucket b : AgingBucket.values()) {
                    if (b != AgingBucket.CURRENT) {
                        all.addAll(d.openInvoices(p.last(), b));
                    }
                }
                yield all;
            }
            case INVOICES_ISSUED -> d.invoicesIssued(p);
            case PAID_INVOICES -> d.invoicesPaid(p);
            case TOUCHED_ORDERS -> d.ordersTouched(p, channel);
            case SPLIT_ORDERS -> d.ordersSplit(p);
            case SHIPPED_ORDERS -> d.ordersShipped(p);
            case NOT_PERFECT_ORDERS -> d.ordersNotPerfect(p);
            case PAYMENTS_BY_PERSON -> d.paymentsAppliedByPerson(p);
        };
    }
}
