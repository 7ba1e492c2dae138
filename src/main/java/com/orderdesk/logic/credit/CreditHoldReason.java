package com.orderdesk.logic.credit;

import java.util.Objects;

/**
 * One reason an order is held: the code (for filters and statistics) and a sentence with the
 * numbers in it (for the reviewer), e.g. "Exposure $52,310.00 exceeds the credit limit
 * $50,000.00 by $2,310.00."
 */
public record CreditHoldReason(CreditReason code, String message) {
    public CreditHoldReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
