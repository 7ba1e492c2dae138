package com.orderdesk.logic.cash.matching;

import java.util.List;

/**
 * The engine's answer for one payment before it becomes output rows.
 *
 * @param allocations     what goes to which invoice
 * @param unapplied       cents left on account
 * @param auto            safe to post without a person
 * @param confidence      in [0, 1]
 * @param reason          why these invoices
 * @param unappliedReason why money is left unapplied (used when {@code unapplied > 0})
 */
record Proposal(List<Allocation> allocations, long unapplied, boolean auto, double confidence,
                String reason, String unappliedReason) {

    /** One invoice's share: cents applied, discount granted, deduction kept (all in cents). */
    record Allocation(int invoice, long applied, long discount, long deduction) {
        long settles() {
            return applied + discount + deduction;
        }
    }

    /** The same answer for a person to confirm, with why it is not posted unattended. */
    Proposal asSuggestion(String doubt) {
        return new Proposal(allocations, unapplied, false, Math.min(confidence, 0.8), reason + "; " + doubt, unappliedReason);
    }

    static Proposal unapplied(long amount, double confidence, String why) {
        return new Proposal(List.of(), amount, false, confidence, why, why);
    }

    /**
     * Money in a currency no open invoice is in: the book keeps no exchange rates, and "customer has no open
     * invoice: left on account" (tour of 7 December, EUR 8.85) hid why nothing was proposed.
     */
    static Proposal foreignMoney(long amount, String currency) {
        return unapplied(amount, 1.0, "payment in " + currency + ", no open invoice is in " + currency
                + " and the book keeps no exchange rates: left for a person");
    }
}
