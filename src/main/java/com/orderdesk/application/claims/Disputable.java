package com.orderdesk.application.claims;

import com.orderdesk.model.common.Money;

/**
 * What a dispute on an invoice may be for: its customer, its open amount, the part of that already
 * in dispute, and what is left ({@code free}), which is the most a new dispute may claim.
 * {@code refusal} is the sentence why nothing may be disputed (null when something may).
 */
public record Disputable(String invoiceNumber, String customerName, Money open, Money inDispute, Money free,
                         String refusal) {
}
