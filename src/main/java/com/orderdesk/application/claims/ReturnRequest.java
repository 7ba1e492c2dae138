package com.orderdesk.application.claims;

import com.orderdesk.model.claims.ReturnReason;

/**
 * What a clerk authorizes: units of one invoice line, why, the fee waived (with a reason) or not,
 * the node the goods go back to (null: the proposed one) and a note for the customer.
 */
public record ReturnRequest(String invoiceNumber, int lineNo, int quantity, ReturnReason reason, String waiveReason,
                            Long nodeId, String note) {
}
