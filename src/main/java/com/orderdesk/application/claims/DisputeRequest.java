package com.orderdesk.application.claims;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;

/** A dispute a clerk or AR user opens on an invoice: why, for how much, and what the customer said. */
public record DisputeRequest(String invoiceNumber, ClaimReason reason, Money amount, String note) {
}
