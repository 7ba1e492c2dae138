package com.orderdesk.logic.cash.desk;

/** Reason codes for a short payment kept as a deduction (a dispute to work). */
public enum DeductionReason {
    PRICING("Pricing difference"),
    DAMAGED("Damaged goods"),
    SHORT_SHIP("Short shipment"),
    FREIGHT("Freight charge disputed"),
    PROMO("Promotion or allowance"),
    RETURN("Return not yet credited"),
    REMITTANCE("As stated on the remittance"),
    OTHER("Other");

    private final String label;

    DeductionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return name() + " - " + label;
    }
}
