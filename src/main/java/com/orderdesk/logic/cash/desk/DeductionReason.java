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

    /**
     * What a person reads for a stored reason code: "DAMAGED" is "Damaged goods"; a code this
     * version does not know (an older or imported one) is shown as it is; no code is "".
     */
    public static String labelOf(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        for (DeductionReason r : values()) {
            if (r.name().equalsIgnoreCase(code.strip())) {
                return r.label;
            }
        }
        return code;
    }

    @Override
    public String toString() {
        return name() + " - " + label;
    }
}
