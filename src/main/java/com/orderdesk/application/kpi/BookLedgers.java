package com.orderdesk.application.kpi;

import com.orderdesk.logic.kpi.Ledgers;
import java.time.LocalDate;
import java.util.List;

/**
 * The book as the four ledgers of the kpi contract (invoices, settlements, payments, orders), for
 * the figures engine ({@code KpiBook.of}). Called inside a unit of work (read). Public for any
 * caller that needs the book's ledgers: the dashboard, {@code kpi --db}, the simulator.
 */
public interface BookLedgers {

    /**
     * Reads the whole book.
     *
     * @param today the day settlements of unknown date are put on (see {@link Read#reconciled})
     */
    Read read(LocalDate today);

    /**
     * The ledgers, the stored rows that could not be read (named, left out), and how many invoices
     * needed a reconciling settlement: an invoice whose stored open amount is lower than its total
     * less the settlements the book keeps (a history invoice marked paid without its cash) gets one
     * CASH settlement of the difference on its paid-on day (else {@code today}), so the ledgers'
     * receivables are always the open amounts the invoice screens show.
     */
    record Read(Ledgers ledgers, List<String> damaged, int reconciled) {
        public Read {
            damaged = List.copyOf(damaged);
        }
    }
}
