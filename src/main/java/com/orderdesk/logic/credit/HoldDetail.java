package com.orderdesk.logic.credit;

import java.util.List;
import java.util.Optional;

/**
 * Everything the review desk shows for one held order: why it is held, what the customer owes
 * (exposure and aging, as of today), how they pay, how the day's payment prediction expects them
 * to pay, and how their limit came to be.
 */
public record HoldDetail(HeldOrderRow order, List<CreditHoldReason> reasons, CustomerCreditProfile customer,
                         Exposure exposure, Aging aging, List<PaymentRecord> recentPayments,
                         Optional<PaymentBehavior> paymentBehavior, List<LimitChange> limitHistory,
                         Optional<PredictedBehaviour> prediction) {
    public HoldDetail {
        reasons = List.copyOf(reasons);
        recentPayments = List.copyOf(recentPayments);
        limitHistory = List.copyOf(limitHistory);
    }
}
