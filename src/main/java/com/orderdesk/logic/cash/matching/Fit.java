package com.orderdesk.logic.cash.matching;

/** How a payment's amount fits the invoices it names. */
enum Fit {
    /** Pays every named invoice in full. */
    EXACT(0.99, true, "exact amount"),
    /** Pays every named invoice, net of early-payment discounts within terms. */
    DISCOUNT(0.98, true, "discount within terms"),
    /** Pays the amounts the remittance lists per invoice. */
    STATED(0.97, true, "amounts as remitted"),
    /**
     * Pays the amounts the remittance lists per invoice, but a line is more than its invoice has
     * open: the excess stays unapplied and the line's reference is in doubt.
     */
    STATED_EXCESS(0.85, false, "amounts as remitted, a line more than its invoice's open amount"),
    /** Pays one invoice short and the remittance states a deduction. */
    SHORT_DEDUCTION(0.93, false, "short paid, deduction stated"),
    /** Pays part of one invoice; the rest stays open. */
    PARTIAL(0.92, false, "partial payment"),
    /** Pays the named invoices in full and more; the rest stays unapplied. */
    OVERPAY(0.92, false, "overpayment"),
    /** Pays several named invoices short: which one is short is a guess. */
    SPREAD(0.60, false, "amount spread oldest first");

    final double weight;
    /** The amount alone confirms the references (so a typo in a reference is acceptable). */
    final boolean amountConfirms;
    final String text;

    Fit(double weight, boolean amountConfirms, String text) {
        this.weight = weight;
        this.amountConfirms = amountConfirms;
        this.text = text;
    }
}
