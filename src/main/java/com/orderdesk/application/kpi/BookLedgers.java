package com.orderdesk.application.kpi;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderCounts;
import com.orderdesk.logic.kpi.ReceivableColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The book as the four ledgers of the kpi contract (invoices, settlements, payments, orders), for
 * the figures engine ({@code KpiBook.of}). Each method is called inside a unit of work (read). The
 * receivables and the orders are read apart: no figure mixes the two, so a caller may read them in
 * two units of work at once (two connections, two cores). Public for any caller that needs the
 * book's ledgers: the dashboard, {@code kpi --db}, the simulator.
 */
public interface BookLedgers {

    /**
     * Invoices, their settlements and the payments.
     *
     * @param today the day settlements of unknown date are put on (see {@link Receivables#reconciled})
     */
    Receivables receivables(LocalDate today);

    /**
     * The same with every invoice's customer number left empty: what the figures need (none uses
     * the customer), read without the customers; {@link #invoiceCustomers} gives them when shown.
     */
    Receivables receivablesWithoutCustomers(LocalDate today);

    /** Each invoice's customer number by invoice number. */
    Map<String, String> invoiceCustomers();

    /**
     * The shipped orders {@link #countedOrders} counts (it does not list them), listed in ledger
     * order with their customers and shipping detail, for the drill-down to shipped orders.
     */
    List<Ledgers.Order> shippedOrders();

    /** The orders with their channel, touches, shipments and quality flags. */
    Orders orders();

    /**
     * The orders as the figures need them (see {@link OrderCounts}): counted by channel, day and
     * touched in the database, the shipped ones counted by ship day, entered day, split and perfect
     * with their cost ({@link OrderCounts.Shipped}; {@link #shippedOrders} lists them). What the
     * dashboard reads when it opens; the same figures as {@link #orders()}.
     */
    CountedOrders countedOrders();

    /**
     * The orders {@code counted} counted, listed (in id order; channel, day, touched and customer,
     * no shipping detail) for the drill-down to entered orders. Called in a later unit of work: it
     * lists only the orders and touches that were there when they were counted.
     */
    List<Ledgers.Order> listedOrders(CountedOrders counted);

    /**
     * The counted orders, the orders left out (named), and the last order and touch ids counted.
     */
    record CountedOrders(OrderCounts counts, List<String> damaged, long lastOrderId, long lastTouchId) {
        public CountedOrders {
            damaged = List.copyOf(damaged);
        }
    }

    /**
     * The receivables ledgers, the stored rows that could not be read (named, left out), and how
     * many invoices needed a reconciling settlement: an invoice whose stored open amount is lower
     * than its total less the settlements the book keeps (a history invoice marked paid without its
     * cash) gets one CASH settlement of the difference on its paid-on day (else {@code today}), so
     * the ledgers' receivables are always the open amounts the invoice screens show.
     */
    record Receivables(ReceivableColumns columns, List<Ledgers.Payment> payments, List<String> damaged, int reconciled) {
        /** The invoices as records (built on each call). */
        public List<Ledgers.Invoice> invoices() {
            return columns.invoices();
        }

        /** The settlements as records (built on each call). */
        public List<Ledgers.Settlement> settlements() {
            return columns.settlements();
        }
    }

    record Orders(List<Ledgers.Order> orders, List<String> damaged) {
    }

    /** All four ledgers with what was left out and reconciled. */
    record Read(Ledgers ledgers, List<String> damaged, int reconciled) {
        public Read {
            damaged = List.copyOf(damaged);
        }

        public static Read of(Receivables money, Orders orders) {
            List<String> damaged = new ArrayList<>(money.damaged());
            damaged.addAll(orders.damaged());
            return new Read(new Ledgers(money.invoices(), money.settlements(), money.payments(), orders.orders()), damaged,
                    money.reconciled());
        }
    }
}
