package com.orderdesk.logic.cash.desk;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a person (or the AUTO bulk action) posts for one payment; whatever the lines do not apply
 * stays on account.
 *
 * @param expectedVersion the payment's version when it was shown (another desk's change is refused)
 * @param customerNo      the customer the money belongs to (null when unidentified and all on account)
 * @param bookCurrencyConfirmed the person posting says a payment whose file named no currency is in the book's
 *                        currency (the desk asks them); without it such a payment is not posted
 */
public record PostRequest(long paymentId, long expectedVersion, String customerNo, List<Line> lines,
                          boolean bookCurrencyConfirmed) {

    public PostRequest {
        lines = List.copyOf(lines);
    }

    /** A posting that confirms no currency (a payment in the book's currency needs no word). */
    public PostRequest(long paymentId, long expectedVersion, String customerNo, List<Line> lines) {
        this(paymentId, expectedVersion, customerNo, lines, false);
    }

    /** Money to one invoice; a deduction needs a reason code. */
    public record Line(String invoiceNo, BigDecimal applied, BigDecimal discount, BigDecimal deduction,
                       String reasonCode) {
    }
}
