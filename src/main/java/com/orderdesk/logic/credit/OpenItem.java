package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open receivable: an invoice with an amount still to pay, or (negative amount) an unapplied
 * credit memo or payment on account, which lowers the exposure but is never "past due".
 */
public record OpenItem(String documentNumber, LocalDate documentDate, LocalDate dueDate, Money openAmount) {
    public OpenItem {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openAmount, "openAmount");
    }

    /** Whole days past the due date on {@code asOf}; zero or negative while not yet due. */
    public long daysPastDue(LocalDate asOf) {
        return java.time.temporal.ChronoUnit.DAYS.between(dueDate, asOf);
    }

    /** Whole days since the document date. */
    public long ageDays(LocalDate asOf) {
        return java.time.temporal.ChronoUnit.DAYS.between(documentDate, asOf);
    }

    /** A debit still owed (credits and zero balances never make a customer late). */
    boolean isDebit() {
        return openAmount.isPositive();
    }
}
