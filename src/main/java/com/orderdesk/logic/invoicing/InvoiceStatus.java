package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;

/** Where an invoice stands, derived from its money (see {@link #of}). */
public enum InvoiceStatus {
    OPEN, PARTLY_PAID, PAID, CREDITED, OVERDUE;

    /**
     * The status of an invoice of {@code total}, of which {@code paid} has been applied from cash and
     * {@code credited} from credit memos, seen on {@code today}. In order of precedence:
     * <ul>
     *   <li>CREDITED: credit memos cover the whole total (a correction, not a payment);</li>
     *   <li>PAID: payments and credits together cover the total (overpayment included);</li>
     *   <li>OVERDUE: something is still owed and today is after the due date;</li>
     *   <li>PARTLY_PAID: some cash has been applied, not all;</li>
     *   <li>OPEN: nothing paid yet (a partial credit alone only lowers the balance).</li>
     * </ul>
     */
    public static InvoiceStatus of(Money total, Money paid,
                                   Money credited, LocalDate dueDate,
                                   LocalDate today) {
        if (paid.isNegative() || credited.isNegative()) {
            throw new IllegalArgumentException("paid and credited amounts cannot be negative");
        }
        if (credited.compareTo(total) >= 0) {
            return CREDITED;
        }
        if (paid.plus(credited).compareTo(total) >= 0) {
            return PAID;
        }
        if (today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return paid.isPositive() ? PARTLY_PAID : OPEN;
    }
}
