package com.orderdesk.logic.cash.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a payment over the invoices its remittance names: in full, net of early-payment
 * discounts, as the remittance lists per invoice, short with a stated deduction, partially, or
 * with an overpayment left unapplied.
 */
final class AllocationPlanner {
    /** Above this many discount-eligible invoices, only "all" or "none" discounted are tried. */
    private static final int MAX_DISCOUNT_SUBSETS = 8;

    private final OpenBook book;

    AllocationPlanner(OpenBook book) {
        this.book = book;
    }

    /**
     * @param allocations per invoice
     * @param unapplied   cents left over
     * @param ambiguous   two different splits fit equally well
     */
    record Plan(List<Proposal.Allocation> allocations, long unapplied, Fit fit, boolean ambiguous) {
    }

    /** The amount that settles the invoice with its discount, or -1 when no discount is available. */
    long discounted(int invoice, LocalDate received) {
        return book.discounted(invoice, received);
    }

    /** Plans a payment over the (still open) invoices its references name. */
    Plan plan(List<RefHit> hits, long amount, LocalDate received, Remittance r) {
        List<Integer> invoices = new ArrayList<>();
        for (RefHit h : hits) {
            invoices.add(h.invoice());
        }
        long full = 0;
        for (int inv : invoices) {
            full += book.remaining(inv);
        }
        if (amount == full) {
            List<Proposal.Allocation> out = new ArrayList<>();
            for (int inv : invoices) {
                out.add(new Proposal.Allocation(inv, book.remaining(inv), 0, 0));
            }
            return new Plan(out, 0, Fit.EXACT, false);
        }
        Plan stated = statedAmounts(hits, amount, received, r);
        if (stated != null) {
            return stated;
        }
        Plan discount = withDiscounts(invoices, amount, full, received);
        if (discount != null) {
            return discount;
        }
        if (amount > full) {
            List<Proposal.Allocation> out = new ArrayList<>();
            for (int inv : invoices) {
                out.add(new Proposal.Allocation(inv, book.remaining(inv), 0, 0));
            }
            return new Plan(out, amount - full, Fit.OVERPAY, false);
        }
        if (invoices.size() == 1) {
            int inv = invoices.get(0);
            long shortBy = book.remaining(inv) - amount;
            return r.deductionStated()
                    ? new Plan(List.of(new Proposal.Allocation(inv, amount, 0, shortBy)), 0, Fit.SHORT_DEDUCTION, false)
                    : new Plan(List.of(new Proposal.Allocation(inv, amount, 0, 0)), 0, Fit.PARTIAL, false);
        }
        return spread(invoices, amount, r);
    }

    /** The remittance lists an amount after every invoice and they add up to the payment. */
    private Plan statedAmounts(List<RefHit> hits, long amount, LocalDate received, Remittance r) {
        long sum = 0;
        for (RefHit h : hits) {
            if (h.ref().amount() < 0) {
                return null;
            }
            sum += h.ref().amount();
        }
        if (sum != amount || hits.isEmpty()) {
            return null;
        }
        List<Proposal.Allocation> out = new ArrayList<>();
        long unapplied = 0;
        boolean excess = false;
        for (RefHit h : hits) {
            int inv = h.invoice();
            long open = book.remaining(inv);
            long paid = h.ref().amount();
            if (paid >= open) {
                out.add(new Proposal.Allocation(inv, open, 0, 0));
                unapplied += paid - open;
                excess |= paid > open;
            } else if (paid == discounted(inv, received)) {
                out.add(new Proposal.Allocation(inv, paid, open - paid, 0));
            } else if (r.deductionStated()) {
                out.add(new Proposal.Allocation(inv, paid, 0, open - paid));
            } else {
                out.add(new Proposal.Allocation(inv, paid, 0, 0));
            }
        }
        // A line paying more than its invoice has open says the line may name the wrong invoice.
        return new Plan(out, unapplied, excess ? Fit.STATED_EXCESS : Fit.STATED, false);
    }

    /** Some of the eligible invoices taken net of discount; every combination is tried, all first. */
    private Plan withDiscounts(List<Integer> invoices, long amount, long full, LocalDate received) {
        List<Integer> eligible = new ArrayList<>();
        List<Long> savings = new ArrayList<>();
        for (int inv : invoices) {
            long d = discounted(inv, received);
            if (d >= 0) {
                eligible.add(inv);
                savings.add(book.remaining(inv) - d);
            }
        }
        if (eligible.isEmpty() || amount >= full) {
            return null;
        }
        int k = eligible.size();
        List<Integer> masks = new ArrayList<>();
        if (k <= MAX_DISCOUNT_SUBSETS) {
            for (int mask = (1 << k) - 1; mask > 0; mask--) {
                masks.add(mask);
            }
        } else {
            masks.add(-1);
        }
        int found = 0;
        int chosen = 0;
        for (int mask : masks) {
            long total = full;
            for (int b = 0; b < k; b++) {
                if (mask == -1 || (mask & (1 << b)) != 0) {
                    total -= savings.get(b);
                }
            }
            if (total == amount) {
                if (found++ == 0) {
                    chosen = mask;
                }
            }
        }
        if (found == 0) {
            return null;
        }
        List<Proposal.Allocation> out = new ArrayList<>();
        for (int inv : invoices) {
            int b = eligible.indexOf(inv);
            boolean take = b >= 0 && (chosen == -1 || (chosen & (1 << b)) != 0);
            long open = book.remaining(inv);
            long save = take ? savings.get(b) : 0;
            out.add(new Proposal.Allocation(inv, open - save, save, 0));
        }
        return new Plan(out, 0, Fit.DISCOUNT, found > 1);
    }

    /** Several invoices and too little money: oldest first, the last one short. Always a suggestion. */
    private Plan spread(List<Integer> invoices, long amount, Remittance r) {
        List<Integer> sorted = new ArrayList<>(invoices);
        sorted.sort(book.oldestFirst());
        List<Proposal.Allocation> out = new ArrayList<>();
        long left = amount;
        for (int inv : sorted) {
            if (left == 0) {
                break;
            }
            long open = book.remaining(inv);
            long pay = Math.min(open, left);
            left -= pay;
            boolean last = left == 0 && pay < open;
            long deduction = last && r.deductionStated() ? open - pay : 0;
            out.add(new Proposal.Allocation(inv, pay, 0, deduction));
        }
        return new Plan(out, left, Fit.SPREAD, true);
    }
}
