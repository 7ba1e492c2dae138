package com.orderdesk.logic.credit;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Objects;

/** A credit manager's release of a held order, remembered so later changes can be judged against it. */
public record CreditRelease(long orderId, Money releasedValue, LocalDate releasedOn, String releasedBy) {
    public CreditRelease {
        Objects.requireNonNull(releasedValue, "releasedValue");
        Objects.requireNonNull(releasedOn, "releasedOn");
        Objects.requireNonNull(releasedBy, "releasedBy");
    }
}
