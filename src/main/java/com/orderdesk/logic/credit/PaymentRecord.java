package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** One payment applied to one invoice (a partial payment is one record per application). */
public record PaymentRecord(String invoiceNumber, LocalDate invoiceDate, LocalDate dueDate, LocalDate paidOn,
                            Money amount) {
    public PaymentRecord {
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("Payment on invoice " + invoiceNumber
                    + " must be a positive amount, was " + amount + ".");
        }
    }

    public long daysToPay() {
        return ChronoUnit.DAYS.between(invoiceDate, paidOn);
    }

    /** Days after the due date; negative when paid early. */
    public long daysPastDue() {
        return ChronoUnit.DAYS.between(dueDate, paidOn);
    }
}
