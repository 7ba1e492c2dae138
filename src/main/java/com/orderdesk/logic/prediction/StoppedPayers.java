package com.orderdesk.logic.prediction;

import java.util.List;

/**
 * A customer has stopped paying when invoices that by its own habit should have been paid long
 * ago are open and it has paid nothing since the first of them fell due for it: one such invoice
 * with others paid since is a dispute, not a customer in trouble.
 */
final class StoppedPayers {
    /** Days a lone missed invoice must be behind before its customer counts as stopped. */
    static final long LONE_INVOICE_DAYS = 45;

    private StoppedPayers() {
    }

    static boolean hasStopped(CustomerModel m, List<OpenInvoice> open, long asOf, TermsCatalog catalog, BookDefaults book) {
        if (open.isEmpty()) {
            return false;
        }
        boolean own = m.lateness().effectiveCount() > 0;
        double scale = own ? m.lateness().scale() : 8;
        double margin = 3 * scale + 10 + (m.run().exists() ? (m.run().isWeekly() ? 7 : 31) : 0);
        long earliestUsual = Long.MAX_VALUE;
        int missed = 0;
        for (OpenInvoice o : open) {
            long due = o.dueDate().toEpochDay();
            double center = own
                    ? m.lateness().center(CustomerModelBuilder.logAmount(o.amount(), m.medianAmount()),
                            Math.min(3, (due - asOf) / CustomerModelBuilder.DAYS_PER_MONTH), o.dueDate().getMonthValue() - 1)
                    : book.forTerms(catalog.of(o.terms())).center();
            if (due + center + margin < asOf) {
                missed++;
                earliestUsual = Math.min(earliestUsual, due + Math.round(center));
            }
        }
        if (missed == 0 || m.lastPaid() >= earliestUsual) {
            return false;
        }
        return missed >= 2 || asOf - earliestUsual >= LONE_INVOICE_DAYS;
    }
}
