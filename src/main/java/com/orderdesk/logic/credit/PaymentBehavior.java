package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How a customer pays, from their payment history (for the review screen).
 *
 * @param averageDaysToPay         mean days from invoice date to payment, one decimal
 * @param weightedAverageDaysToPay the same weighted by amount (large invoices count more), one decimal
 * @param averageDaysPastDue       mean days from due date to payment, one decimal; negative when they pay early
 */
public record PaymentBehavior(int payments, Money totalPaid, BigDecimal averageDaysToPay,
                              BigDecimal weightedAverageDaysToPay, BigDecimal averageDaysPastDue) {

    /** Empty when there is no history to average. */
    public static Optional<PaymentBehavior> of(List<PaymentRecord> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        long sumDays = 0;
        long sumPastDue = 0;
        BigDecimal weightedDays = BigDecimal.ZERO;
        Money total = Money.ZERO;
        for (PaymentRecord p : history) {
            sumDays += p.daysToPay();
            sumPastDue += p.daysPastDue();
            weightedDays = weightedDays.add(p.amount().amount().multiply(BigDecimal.valueOf(p.daysToPay())));
            total = total.plus(p.amount());
        }
        BigDecimal n = BigDecimal.valueOf(history.size());
        return Optional.of(new PaymentBehavior(history.size(), total,
                BigDecimal.valueOf(sumDays).divide(n, 1, RoundingMode.HALF_UP),
                weightedDays.divide(total.amount(), 1, RoundingMode.HALF_UP),
                BigDecimal.valueOf(sumPastDue).divide(n, 1, RoundingMode.HALF_UP)));
    }
}
