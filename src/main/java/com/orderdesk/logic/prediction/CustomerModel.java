package com.orderdesk.logic.prediction;

/**
 * Everything learnt about one customer's way of paying.
 *
 * @param paidCount     invoices of its history
 * @param medianAmount  its usual invoice amount (the reference for "large")
 * @param mainTerms     the terms it is most often invoiced on
 * @param discount      its discount habit
 * @param run           its payment run ({@link PaymentRun#NONE} if none)
 * @param runFloat      days from the run date to the money arriving (cheques travel)
 * @param lateness      when it decides to pay, relative to the due date
 * @param ownShare      weight of its own residuals against the book's in a prediction (0 with no history)
 * @param lastPaid      epoch day of its last payment, or {@code Long.MIN_VALUE}
 * @param seasonKnown   whether its history covers a year, so its season was estimated
 * @param stopped       whether it has stopped paying ({@link StoppedPayers})
 * @param openPastDue   days past due of each of its open invoices at the as-of date (negative: not yet due),
 *                      the evidence a customer without history gives by not having paid
 */
record CustomerModel(String customerNo, int paidCount, double medianAmount, TermsCatalog.Terms mainTerms,
                     DiscountHabit discount, PaymentRun run, WeightedValues runFloat, LatenessModel lateness,
                     double ownShare, long lastPaid, boolean seasonKnown, boolean stopped, double[] openPastDue) {

    boolean hasHistory() {
        return paidCount > 0;
    }
}
