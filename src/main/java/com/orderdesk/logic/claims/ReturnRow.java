package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One return authorization in the returns list. */
public record ReturnRow(long id, String number, String customerNumber, String customerName, String invoiceNumber,
                        String sku, String description, int authorized, int received, int cancelled, ReturnReason reason,
                        BigDecimal feePercent, boolean feeWaived, String nodeCode, ReturnStatus status,
                        LocalDate authorizedOn, LocalDate expiresOn, long version) {
    public int outstanding() {
        return authorized - received - cancelled;
    }
}
