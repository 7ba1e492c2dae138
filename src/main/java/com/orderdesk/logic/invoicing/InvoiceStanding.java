package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;

/**
 * Where an invoice stands, derived from its money. The first four are the statuses persistence
 * stores ({@code model.invoicing.InvoiceStatus}, same names); OVERDUE is never stored, it depends
 * on today's date and is derived when shown or filtered.
 */
public enum InvoiceStanding {
    OPEN, PARTLY_PAID, PAID, CREDITED, OVERDUE;

    /**
     * The standing of an invoice of {@code total}, of which {@code paid} has been applied from cash and
     * {@code credited} from credit memos, seen on {@code today}. In order of precedence:
     * <ul>
     *   <li>CREDITED: credit memos cover the whole total (a correction, not a payment);</li>
     *   <li>PAID: payments and credits together cover the total (overpayment included);</li>
     *   <li>OVERDUE: something is still owed and today is after the due date;</li>
     *   <li>PARTLY_PAID: some cash has been applied, not all;</li>
     *   <li>OPEN: nothing paid yet (a partial credit alone only lowers the balance).</li>
     * </ul>
     */
    public static InvoiceStanding of(Money total, Money paid, Money credited, LocalDate dueDate, LocalDate today) {
        InvoiceStanding stored = stored(total, paid, credited);
        boolean owing = stored == OPEN || stored == PARTLY_PAID;
        return owing && today.isAfter(dueDate) ? OVERDUE : stored;
    }

    /** The status to store: the same rule without the date, so never OVERDUE. */
    public static InvoiceStanding stored(Money total, Money paid, Money credited) {
        if (paid.isNegative() || credited.isNegative()) {
            throw new IllegalArgumentException("paid and credited amounts cannot be negative");
        }
        if (credited.compareTo(total) >= 0) {
            return CREDITED;
        }
        if (paid.plus(credited).compareTo(total) >= 0) {
            return PAID;
        }
        return paid.isPositive() ? PARTLY_PAID : OPEN;
    }
}
