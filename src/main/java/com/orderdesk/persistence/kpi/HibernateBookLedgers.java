package com.orderdesk.persistence.kpi;

import com.orderdesk.application.kpi.BookLedgers;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.persistence.CurrentSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the four ledgers straight from the tables with plain JDBC on the unit of work's
 * connection: a whole-book read of hundreds of thousands of rows, where entities would cost
 * seconds the dashboard does not have. Receivables in {@link ReceivablesReader}, orders in
 * {@link OrdersReader}.
 */
public final class HibernateBookLedgers implements BookLedgers {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HibernateBookLedgers.class);
    private final ZoneId zone;

    /** @param zone the zone in which a stored instant (a cash posting) falls on a day */
    public HibernateBookLedgers(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Receivables receivables(LocalDate today) {
        return receivables(today, true);
    }

    @Override
    public Receivables receivablesWithoutCustomers(LocalDate today) {
        return receivables(today, false);
    }

    private Receivables receivables(LocalDate today, boolean customers) {
        return CurrentSession.get().doReturningWork(connection -> {
            List<String> damaged = new ArrayList<>();
            ReceivablesReader.Result money = new ReceivablesReader(connection, zone, damaged,
                    customers ? CustomerNumbers.read(connection) : null).read(today);
            return new Receivables(money.columns(), money.payments(), damaged, money.reconciled());
        });
    }

    @Override
    public Map<String, String> invoiceCustomers() {
        return CurrentSession.get().doReturningWork(connection -> {
            // the customers' numbers read once by id, not joined per invoice row (measured dearer)
            CustomerNumbers numbers = CustomerNumbers.read(connection);
            Map<String, String> customers = new HashMap<>();
            ReceivablesReader.Rows.each(connection, "SELECT invoice_no, customer_id FROM invoice", rs -> {
                String customer = numbers.of(rs.getLong(2));
                if (customer != null) {
                    customers.put(rs.getString(1), customer);
                }
            });
            return customers;
        });
    }

    @Override
    public List<Ledgers.Order> shippedOrders() {
        return CurrentSession.get().doReturningWork(connection -> {
            // the drill-down's result carries no damage note: an order left out is named in the log (decision 0012)
            List<String> damaged = new ArrayList<>();
            List<Ledgers.Order> shipped = new OrdersReader(connection, damaged).shipped();
            damaged.forEach(name -> LOG.warn("Left out of the shipped orders: {}", name));
            return shipped;
        });
    }

    @Override
    public Orders orders() {
        return CurrentSession.get().doReturningWork(connection -> {
            List<String> damaged = new ArrayList<>();
            return new Orders(new OrdersReader(connection, damaged).read(), damaged);
        });
    }

    @Override
    public CountedOrders countedOrders() {
        return CurrentSession.get().doReturningWork(connection -> {
            List<String> damaged = new ArrayList<>();
            OrdersReader.Counted counted = new OrdersReader(connection, damaged).counted();
            return new CountedOrders(counted.counts(), damaged, counted.lastOrderId(), counted.lastTouchId());
        });
    }

    @Override
    public List<Ledgers.Order> listedOrders(CountedOrders counted) {
        return CurrentSession.get().doReturningWork(connection -> new OrdersReader(connection, new ArrayList<>())
                .listed(counted.lastOrderId(), counted.lastTouchId()));
    }
}
