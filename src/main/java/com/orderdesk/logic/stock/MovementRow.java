package com.orderdesk.logic.stock;

import com.orderdesk.model.stock.AdjustmentReason;
import java.time.Instant;

/**
 * One line of a product's stock history at a node: a movement a person made, or a shipment that
 * left ({@code kind} "SHIPMENT", {@code reference} its number; its {@code onHandAfter} is not stored,
 * so the book gives it null and {@link StockLedger} fills it in). {@code kind} is a
 * {@link com.orderdesk.model.stock.MovementKind} name otherwise.
 */
public record MovementRow(Instant at, String nodeCode, String kind, AdjustmentReason reason, int quantity,
                          Integer onHandAfter, String reference, String otherNodeCode, String note, String by) {
    public static final String SHIPMENT = "SHIPMENT";

    /** What happened, as a person says it: "Receipt", "Adjustment (damage)", "Transfer to ST-MIA", "Shipment". */
    public String description() {
        return switch (kind) {
            case "RECEIPT" -> "Receipt";
            case "ADJUSTMENT" -> "Adjustment (" + (reason == null ? "?" : reason.label().toLowerCase(java.util.Locale.ROOT)) + ")";
            case "TRANSFER_OUT" -> "Transfer to " + otherNodeCode;
            case "TRANSFER_IN" -> "Transfer from " + otherNodeCode;
            case SHIPMENT -> "Shipment";
            default -> kind;
        };
    }
}
