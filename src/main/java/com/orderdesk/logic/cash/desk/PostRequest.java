package com.orderdesk.logic.cash.desk;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a person (or the AUTO bulk action) posts for one payment; whatever the lines do not apply
 * stays on account.
 *
 * @param expectedVersion the payment's version when it was shown (another desk's change is refused)
 * @param customerNo      the customer the money belongs to (null when unidentified and all on account)
 */
public record PostRequest(long paymentId, long expectedVersion, String customerNo, List<Line> lines) {

    public PostRequest {
        lines = List.copyOf(lines);
    }

    /** Money to one invoice; a deduction needs a reason code. */
    public record Line(String invoiceNo, BigDecimal applied, BigDecimal discount, BigDecimal deduction,
                       String reasonCode) {
    }
}
