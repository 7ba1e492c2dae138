package com.orderdesk.logic.invoicing;

import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimReason;

/**
 * The claim case still open (open, researching or waiting on the customer) on an invoice, as its
 * list row carries it: the clerk who prints, reminds or collects sees that the customer disputes it.
 * {@code others} counts further open cases on the same invoice (the row names the first by number).
 */
public record OpenClaim(String caseNumber, ClaimKind kind, ClaimReason reason, int others) {
    /** The first of two cases by number, with the other counted (and what it counted). */
    public OpenClaim and(OpenClaim other) {
        OpenClaim first = caseNumber.compareTo(other.caseNumber) <= 0 ? this : other;
        return new OpenClaim(first.caseNumber, first.kind, first.reason, others + other.others + 1);
    }
}
