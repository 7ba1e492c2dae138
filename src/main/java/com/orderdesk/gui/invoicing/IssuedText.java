package com.orderdesk.gui.invoicing;

import com.orderdesk.logic.invoicing.IssueResult;

/** The sentences of an issuing run: while it runs, once Cancel is asked, and when it is over. */
final class IssuedText {
    static final String STOPPING = "Cancelling after the invoice in hand\u2026";

    private IssuedText() {
    }

    /** The status bar's while the run starts (the bar beside it counts). */
    static String starting(int asked) {
        return asked == 1 ? "Issuing 1 invoice\u2026" : "Issuing " + asked + " invoices\u2026";
    }

    /** The bar's message while shipment {@code number} of {@code of} is invoiced. */
    static String issuing(int number, int of) {
        return of == 1 ? "Issuing 1 invoice\u2026" : "Issuing invoice " + number + " of " + of;
    }

    /**
     * The status bar's sentence for the run's outcome, or null when nothing was issued and nothing
     * stopped (the failures' dialog says it all): "Issued 37 of 281; cancelled" after a Cancel, the
     * first and last number otherwise ("Issued 1 invoice: INV-1" names one invoice once).
     */
    static String done(IssueResult r, int asked) {
        int n = r.issued().size();
        if (r.stopped()) {
            // no more: at 1366 px the status bar cut even "(INV-012150 to INV-012...)"; the list selects the
            // invoices issued and the button counts the shipments still waiting
            return "Issued " + n + " of " + asked + "; cancelled";
        }
        if (n == 0) {
            return null;
        }
        return n == 1 ? "Issued 1 invoice: " + r.issued().get(0) : "Issued " + n + " invoices: " + range(r);
    }

    private static String range(IssueResult r) {
        int n = r.issued().size();
        return n == 1 ? r.issued().get(0) : r.issued().get(0) + " to " + r.issued().get(n - 1);
    }
}
