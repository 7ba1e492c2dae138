package com.orderdesk.logic.stock;

import com.orderdesk.model.stock.AdjustmentReason;

/** The arithmetic and limits of stock movements, said as sentences. */
public final class StockRules {
    /** More than this in one movement is a typing slip. */
    public static final int MAX_QUANTITY = 1_000_000;

    private StockRules() {
    }

    /** A receipt's or transfer's quantity: a whole number from 1. */
    public static String quantityProblem(int qty) {
        if (qty < 1 || qty > MAX_QUANTITY) {
            return "Quantity: a whole number from 1 to " + String.format("%,d", MAX_QUANTITY) + ", not " + qty + ".";
        }
        return null;
    }

    /**
     * The signed change of on hand an adjustment makes: a count sets on hand to the counted
     * number; damage takes units off (not more than are on hand); found adds them.
     */
    public static int adjustmentDelta(AdjustmentReason reason, int quantity, int onHand, String where) {
        switch (reason) {
            case COUNT -> {
                if (quantity < 0 || quantity > MAX_QUANTITY) {
                    throw new IllegalArgumentException("Counted: the number on the shelf, from 0 to "
                            + String.format("%,d", MAX_QUANTITY) + ", not " + quantity + ".");
                }
                return quantity - onHand;
            }
            case DAMAGE -> {
                String q = quantityProblem(quantity);
                if (q != null) {
                    throw new IllegalArgumentException(q);
                }
                if (quantity > onHand) {
                    throw new IllegalArgumentException("Only " + onHand + " on hand at " + where + "; "
                            + quantity + " cannot be written off as damaged.");
                }
                return -quantity;
            }
            case FOUND -> {
                String q = quantityProblem(quantity);
                if (q != null) {
                    throw new IllegalArgumentException(q);
                }
                return quantity;
            }
            default -> throw new IllegalArgumentException("Unknown reason " + reason);
        }
    }

    /** When on hand falls below what is reserved: the picks will come up short (null when not). */
    public static String shortfallWarning(int onHandAfter, int reserved, String sku, String where) {
        if (onHandAfter >= reserved) {
            return null;
        }
        return reserved + " of " + sku + " are reserved for orders at " + where + " but only " + onHandAfter
                + " are on hand: " + (reserved - onHandAfter) + " will be short at picking.";
    }
}
