package com.orderdesk.model.claims;

/**
 * The documents that settle a case and their counter-documents: a credit memo (valid part) is
 * undone by a chargeback that re-bills it, a chargeback (invalid part re-billed) by a chargeback
 * cancellation, a write-off by a write-off reversal.
 */
public enum SettlementKind {
    CREDIT_MEMO("Credit memo", false),
    CHARGEBACK("Chargeback", false),
    WRITE_OFF("Write-off", false),
    CREDIT_REBILL("Chargeback re-billing a credit memo", true),
    CHARGEBACK_CANCEL("Chargeback cancellation", true),
    WRITE_OFF_REVERSAL("Write-off reversal", true);

    private final String label;
    private final boolean counter;

    SettlementKind(String label, boolean counter) {
        this.label = label;
        this.counter = counter;
    }

    public String label() {
        return label;
    }

    /** True for the counter-documents. */
    public boolean isCounter() {
        return counter;
    }

    /** The counter-document that undoes a settlement of this kind. */
    public SettlementKind counterKind() {
        return switch (this) {
            case CREDIT_MEMO -> CREDIT_REBILL;
            case CHARGEBACK -> CHARGEBACK_CANCEL;
            case WRITE_OFF -> WRITE_OFF_REVERSAL;
            default -> throw new IllegalStateException(this + " is itself a counter-document");
        };
    }

    /** Whether this document is printed as a chargeback (its own CB- series). */
    public boolean isChargebackSeries() {
        return this == CHARGEBACK || this == CREDIT_REBILL || this == CHARGEBACK_CANCEL;
    }
}
