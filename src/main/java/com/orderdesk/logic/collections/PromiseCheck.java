package com.orderdesk.logic.collections;

import com.orderdesk.model.collections.PaymentPromise.Status;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;

/**
 * Whether an open promise to pay is kept or broken by the money that came in. Kept as soon as the
 * cash received by the promised date and posted since the promise reaches its amount; broken when
 * the promised date is more than {@link #GRACE_DAYS} behind and it is not kept (cash received on
 * the day is often posted a day or two later, so a promise is not called broken the morning after).
 */
public final class PromiseCheck {
    public static final int GRACE_DAYS = 2;

    private PromiseCheck() {
    }

    public static Status outcome(Money promised, LocalDate promisedFor, Money paidSince, LocalDate today) {
        if (paidSince.compareTo(promised) >= 0) {
            return Status.KEPT;
        }
        return today.isAfter(promisedFor.plusDays(GRACE_DAYS)) ? Status.BROKEN : Status.OPEN;
    }
}
