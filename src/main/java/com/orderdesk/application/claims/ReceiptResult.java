package com.orderdesk.application.claims;

import com.orderdesk.model.claims.ReturnStatus;
import com.orderdesk.model.common.Money;

/** What a receipt did: the credit memo (tax included), the fee kept, and where the return stands. */
public record ReceiptResult(String rmaNumber, String creditMemoNumber, Money credit, Money fee, ReturnStatus status) {
}
