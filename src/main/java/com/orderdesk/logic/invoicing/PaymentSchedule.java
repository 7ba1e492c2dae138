package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When an invoice falls due and, if its terms offer one, until when the early-payment discount
 * may be taken.
 *
 * @param discountDate last day on which the discount may be taken, or {@code null} if none
 */
public record PaymentSchedule(PaymentTerms terms, LocalDate invoiceDate, LocalDate dueDate,
                              LocalDate discountDate, BigDecimal discountPercent) {

    public Optional<LocalDate> discountDeadline() {
        return Optional.ofNullable(discountDate);
    }

    /**
     * The early-payment discount on {@code discountBase}, rounded half-up to cents. The base is the
     * merchandise subtotal after line discounts: Order Desk grants no discount on tax or freight.
     */
    public Money discountOn(Money discountBase) {
        return discountDate == null ? Money.ZERO
                : discountBase.times(discountPercent.movePointLeft(2));
    }

    /** Whether a payment made on {@code paymentDate} still earns the discount. */
    public boolean discountAvailableOn(LocalDate paymentDate) {
        return discountDate != null && !paymentDate.isAfter(discountDate);
    }
}
