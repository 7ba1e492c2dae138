package com.orderdesk.persistence.kpi;

import com.orderdesk.application.kpi.BookLedgers;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.persistence.CurrentSession;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the four ledgers straight from the tables with plain JDBC on the unit of work's
 * connection: a whole-book read of hundreds of thousands of rows, where entities would cost
 * seconds the dashboard does not have. Receivables in {@link ReceivablesReader}, orders in
 * {@link OrdersReader}.
 */
public final class HibernateBookLedgers implements BookLedgers {
    private final ZoneId zone;

    /** @param zone the zone in which a stored instant (a cash posting, a touch) falls on a day */
    public HibernateBookLedgers(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Read read(LocalDate today) {
        return CurrentSession.get().doReturningWork(connection -> {
            List<String> damaged = new ArrayList<>();
            ReceivablesReader receivables = new ReceivablesReader(connection, zone, damaged);
            ReceivablesReader.Result money = receivables.read(today);
            List<Ledgers.Order> orders = new OrdersReader(connection, damaged).read();
            return new Read(new Ledgers(money.invoices(), money.settlements(), money.payments(), orders), damaged,
                    money.reconciled());
        });
    }
}
