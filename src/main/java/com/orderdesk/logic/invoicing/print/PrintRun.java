package com.orderdesk.logic.invoicing.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether this print of a document is the original (its first print) or a copy. The first print
 * is recorded by the caller (who, when); every later print is a copy, marked "COPY", and shows the
 * original issue date next to the date of the reprint.
 *
 * @param balance an invoice's money as the book stands at this print (paid, credited, still due); null on a
 *                credit memo and where nothing is known of it. A print keeps the original's figures and says
 *                what came against them, so its reader does not take "TOTAL DUE" for money still owed
 */
public record PrintRun(boolean copy, LocalDate printedOn, InvoiceBalance balance) {
    public PrintRun {
        Objects.requireNonNull(printedOn, "printedOn");
    }

    public PrintRun(boolean copy, LocalDate printedOn) {
        this(copy, printedOn, null);
    }

    public static PrintRun original(LocalDate printedOn) {
        return new PrintRun(false, printedOn);
    }

    public static PrintRun copy(LocalDate printedOn) {
        return new PrintRun(true, printedOn);
    }

    /** The same print of an invoice whose money stands as {@code balance} (null: nothing known). */
    public PrintRun with(InvoiceBalance balance) {
        return new PrintRun(copy, printedOn, balance);
    }

    /** The day the invoice was paid in full as the book stands at this print; null while owed or when a memo closed it. */
    public LocalDate paidOn() {
        return balance == null ? null : balance.paidOn();
    }
}
