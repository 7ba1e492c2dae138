package com.orderdesk.logic.claims;

import com.orderdesk.model.common.Money;
import java.util.List;

/**
 * What is in dispute on one invoice while its cases are open: {@code inOpenAmount} is disputed
 * money still inside the invoice's open amount (disputes, unexplained short payments);
 * {@code parked} is deducted money held on cases outside it (posted deductions). Collections
 * leaves both out of reminders; the credit check keeps them out of its past-due tests for the
 * grace period.
 */
public record DisputedAmount(String invoiceNumber, Money inOpenAmount, Money parked, List<String> caseNumbers) {
    public DisputedAmount {
        caseNumbers = List.copyOf(caseNumbers);
    }

    public Money total() {
        return inOpenAmount.plus(parked);
    }
}
