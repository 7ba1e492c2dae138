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
     * What settles {@code open} early: {@code open x (1 - discount %)}, rounded half-up to cents, the
     * rule by which cash matching grants the discount (src/site/markdown/contracts/match.md), so the
     * invoice tells the customer the figure the matcher accepts. The invoice's whole open amount,
     * tax and freight included: a customer who took 2 % of the merchandise only was short-paid by the
     * matcher's reckoning, and the payment fell out of automatic matching. Without a discount, {@code open}.
     */
    public Money earlyPayment(Money open) {
        return discountDate == null ? open : open.times(BigDecimal.ONE.subtract(discountPercent.movePointLeft(2)));
    }

    /** The early-payment discount on {@code open}: {@code open} less {@link #earlyPayment}, so the two always add up. */
    public Money discountOn(Money open) {
        return open.minus(earlyPayment(open));
    }

    /** Whether a payment made on {@code paymentDate} still earns the discount. */
    public boolean discountAvailableOn(LocalDate paymentDate) {
        return discountDate != null && !paymentDate.isAfter(discountDate);
    }
}
