package com.orderdesk.logic.claims;

import com.orderdesk.logic.invoicing.print.AddressBlock;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The return authorization the customer gets: what may come back, to which node, by when, and
 * what will be kept as restocking fee; with the receipts so far when printed again. A cancelled one
 * carries why it was cancelled ({@code cancelReason}, null otherwise). {@code copy}: printed before,
 * so this print is marked as a copy (as an invoice's reprint is).
 */
public record RmaDocument(String number, LocalDate authorizedOn, LocalDate expiresOn, String customerNumber,
                          AddressBlock customer, AddressBlock returnFrom, AddressBlock returnTo, String invoiceNumber,
                          String orderNumber, String customerPo, String sku, String description, String unit, int quantity,
                          String reason, BigDecimal feePercent, boolean feeWaived, String waiveReason, Money unitValue,
                          String note, String authorizedBy, String status, String cancelReason, List<Receipt> receipts, LocalDate printedOn,
                          boolean copy) {
    public RmaDocument {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(returnTo, "returnTo");
        receipts = List.copyOf(receipts);
    }

    /** One receipt at the node: units to stock and to scrap, the fee kept and the credit memo. */
    public record Receipt(LocalDate receivedOn, int toStock, int scrapped, Money fee, Money credit, String creditMemo) {
    }

    /** The sentence on the fee: "15 % restocking fee on the returned units' value" or why it is waived. */
    public String feeText() {
        if (feeWaived) {
            return "No restocking fee (waived: " + waiveReason + ").";
        }
        if (feePercent.signum() == 0) {
            return "No restocking fee for this reason.";
        }
        return "A restocking fee of " + feePercent.stripTrailingZeros().toPlainString()
                + "% of the returned units' invoiced value is kept from the credit.";
    }
}
