package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open receivable: an invoice with an amount still to pay, or (negative amount) an unapplied
 * credit memo or payment on account, which lowers the exposure but is never "past due".
 */
public record OpenItem(String documentNumber, LocalDate documentDate, LocalDate dueDate, Money openAmount, Money disputed,
                       LocalDate disputedUntil) {
    public OpenItem {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(openAmount, "openAmount");
        disputed = disputed == null ? Money.ZERO : disputed.min(openAmount.max(Money.ZERO));
    }

    /** An item with nothing in dispute. */
    public OpenItem(String documentNumber, LocalDate documentDate, LocalDate dueDate, Money openAmount) {
        this(documentNumber, documentDate, dueDate, openAmount, Money.ZERO, null);
    }

    /**
     * The same item with {@code amount} of it in dispute on open cases, kept out of the past-due
     * tests until {@code until} (the grace period after the oldest case was opened).
     */
    public OpenItem withDispute(Money amount, LocalDate until) {
        return new OpenItem(documentNumber, documentDate, dueDate, openAmount, amount, until);
    }

    /** The disputed part that still protects the item on {@code asOf} (zero after the grace period). */
    public Money protectedOn(LocalDate asOf) {
        return disputedUntil == null || asOf.isAfter(disputedUntil) ? Money.ZERO : disputed;
    }

    /** What of the item may be late on {@code asOf}: the open amount less the disputed part still protected. */
    public Money lateAmount(LocalDate asOf) {
        return openAmount.minus(protectedOn(asOf));
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
