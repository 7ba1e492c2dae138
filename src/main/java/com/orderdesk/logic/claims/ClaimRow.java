package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One case in the AR desk's queue. */
public record ClaimRow(long id, String number, ClaimKind kind, String customerNumber, String customerName,
                       String invoiceNumber, Money amount, ClaimReason reason, String owner, ClaimStatus status,
                       LocalDate openedOn, LocalDate dueOn, long version) {

    /** Whole days since the case was opened. */
    public long ageDays(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(openedOn, today));
    }

    public boolean overdue(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }
}
