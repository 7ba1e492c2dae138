package com.orderdesk.logic.cash.matching;

import com.orderdesk.logic.common.EditDistance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides one payment: who paid, which invoices, how much each, and whether the answer is safe to
 * post unattended ({@code AUTO}). It is deliberately conservative: a wrong automatic posting costs
 * far more than a suggestion a person confirms, so every rule below that lets a proposal be AUTO
 * also names what would make it a guess.
 */
final class PaymentMatcher {
    /** Largest number of invoices one payment is searched as a combination of. */
    static final int MAX_COMBINATION = 6;
    /** Search steps per payment before the combination search gives up (and proves nothing). */
    static final long NODE_BUDGET = 60_000;
    /**
     * Most combinations that could have hit the amount by chance for an amount-only match to be
     * posted unattended: above it, a hit says too little.
     */
    static final double MAX_COINCIDENCES_SINGLE = 0.01;
    /**
     * The same for a combination of invoices, stricter: a hit on a small combination may hide a
     * larger one (a customer paying four invoices at once) as well as money on account.
     */
    static final double MAX_COINCIDENCES_COMBINED = 0.002;
    /** An approximate payer name may back an amount-only match of one invoice only below this. */
    static final double MAX_COINCIDENCES_FUZZY_PAYER = 0.002;
    /** Above this many expected chance hits, a combination that adds up is not even suggested. */
    static final double MAX_COINCIDENCES_TO_SUGGEST = 0.5;
    /**
     * A payment whose currency is not known may be proposed against an invoice, never posted:
     * 1,250.00 of unknown currency is not 1,250.00 USD.
     */
    private static final String NO_CURRENCY = "payment has no currency";
    /** Remittance words saying the money is not for open invoices. */
    private static final Pattern ON_ACCOUNT = Pattern.compile(
            "(?i)\\b(deposit|advance|prepay\\w*|pre-pay\\w*|on account|retainer|credit balance)\\b");

    private final CustomerDirectory customers;
    private final OpenBook book;
    private final PayerResolver resolver;
    private final AllocationPlanner planner;
    private List<Integer> lastGroup;

    PaymentMatcher(CustomerDirectory customers, OpenBook book) {
        this.customers = customers;
        this.book = book;
        this.resolver = new PayerResolver(customers, book);
        this.planner = new AllocationPlanner(book);
    }

    /** The payer and children whose invoices the last answer depended on, or null (none): it stands while theirs do. */
    List<Integer> lastGroup() {
        return lastGroup;
    }

    Proposal match(Payment p, Remittance r) {
        lastGroup = null;
        long amount = Cents.of(p.amount());
        if (amount <= 0) {
            return Proposal.unapplied(amount, 1.0, "not a receipt (amount " + Cents.toMoney(amount) + ")");
        }
        if (!book.knowsCurrency(p.currency())) {
            return Proposal.foreignMoney(amount, p.currency());
        }
        Identity who = resolver.identify(p, r);
        if (!who.known()) {
            return Proposal.unapplied(amount, 0.9, r.isEmpty()
                    ? "payer not identified, no invoice reference" : "payer not identified, references match no open invoice");
        }
        lastGroup = customers.payableBy(who.customer());
        RefResolution res = settleByAmount(resolver.resolve(who, r), amount, p, r);
        List<RefHit> live = new ArrayList<>();
        List<RefHit> settled = new ArrayList<>();
        for (RefHit h : res.hits()) {
            if (!book.sameCurrency(book.currencyCode(p.currency()), h.invoice())) {
                continue;
            }
            (book.remaining(h.invoice()) > 0 ? live : settled).add(h);
        }
        if (live.isEmpty() && !settled.isEmpty()) {
            return duplicate(amount, settled);
        }
        if (!live.isEmpty()) {
            return byReferences(p, r, who, res, live, settled, amount);
        }
        return byAmount(p, r, who, res, amount);
    }

    /**
     * A reference one typo away from several of the payer's invoices is settled by the amount when
     * exactly one of them makes the payment add up (in full, net of discount, or as remitted).
     */
    private RefResolution settleByAmount(RefResolution res, long amount, Payment p, Remittance r) {
        if (res.ambiguous().size() != 1) {
            return res;
        }
        RefHit fits = null;
        int count = 0;
        for (RefHit candidate : res.ambiguous().get(0)) {
            RefResolution trial = res.settledOn(candidate);
            List<RefHit> live = trial.hits().stream().filter(h -> book.remaining(h.invoice()) > 0).toList();
            if (live.isEmpty()) {
                continue;
            }
            AllocationPlanner.Plan plan = planner.plan(live, amount, p.receivedDate(), r);
            if (plan.fit().amountConfirms && !plan.ambiguous()) {
                fits = candidate;
                count++;
            }
        }
        return count == 1 ? res.settledOn(fits) : res;
    }

    private Proposal duplicate(long amount, List<RefHit> settled) {
        String refs = settled.stream().map(h -> {
            String by = book.consumedBy(h.invoice());
            return book.item(h.invoice()).invoiceNo() + (by == null ? " has nothing open" : " already settled by payment " + by);
        }).collect(Collectors.joining("; "));
        return Proposal.unapplied(amount, 0.85, refs + ": possible duplicate, left unapplied");
    }

    private Proposal byReferences(Payment p, Remittance r, Identity who, RefResolution res,
                                  List<RefHit> live, List<RefHit> settled, long amount) {
        AllocationPlanner.Plan plan = planner.plan(live, amount, p.receivedDate(), r);
        boolean anyTypo = live.stream().anyMatch(RefHit::typo);
        List<String> doubts = new ArrayList<>();
        if (plan.ambiguous()) {
            doubts.add("several splits fit");
        }
        if (res.isAmbiguous()) {
            doubts.add("a reference fits several invoices");
        }
        if (!res.foreign().isEmpty()) {
            doubts.add("ref " + res.foreign().get(0).text() + " is another customer's invoice");
        }
        if (!settled.isEmpty()) {
            doubts.add("ref " + book.item(settled.get(0).invoice()).invoiceNo() + " already settled");
        }
        if (plan.fit().amountConfirms) {
            // The amount confirms the invoices; a typo is acceptable when the customer stands on
            // other evidence: its account or name, or another reference that is exact.
            boolean exactRef = live.stream().anyMatch(h -> !h.typo());
            // With a repaired reference among the lines, every line must pay its invoice exactly:
            // a line short of its invoice may be the one the repair should have named.
            if (anyTypo && plan.fit() == Fit.STATED && live.stream().anyMatch(h -> !lineConfirms(h, p))) {
                doubts.add("a remitted line does not confirm the repaired reference");
            }
            if (anyTypo && !who.evidence().independent() && who.evidence() != Identity.Evidence.NAME_FUZZY && !exactRef) {
                doubts.add("reference repaired but payer not confirmed");
            }
        } else {
            if (!who.evidence().independent()) {
                doubts.add("amount does not confirm the reference and payer not confirmed");
            }
            if (anyTypo && !amountIdentifies(live, amount, r)) {
                // A repaired reference is only a guess until the amount confirms it: the number
                // written may be an invoice already paid (no longer open) that happens to be one
                // typo away from another open one.
                doubts.add("amount does not confirm the repaired reference");
            }
            if (!res.unresolved().isEmpty()) {
                doubts.add("ref " + res.unresolved().get(0).text() + " not found");
            }
            String alternative = typoAlternative(who, live, amount, p, r);
            if (alternative != null) {
                doubts.add("the amount fits " + alternative + ", one typo away from the reference");
            }
            if (plan.fit() == Fit.SPREAD) {
                doubts.add("which invoice is short is a guess");
            }
            if ((plan.fit() == Fit.PARTIAL || plan.fit() == Fit.SHORT_DEDUCTION)
                    && otherInvoiceFits(who, live.get(0).invoice(), amount, p)) {
                doubts.add("another open invoice is exactly this amount");
            }
            if (plan.fit() == Fit.OVERPAY && otherInvoiceFits(who, -1, plan.unapplied(), p)) {
                doubts.add("the excess is exactly another open invoice");
            }
            if (plan.fit() == Fit.STATED_EXCESS) {
                doubts.add("a remitted line is more than its invoice has open");
            }
            if (plan.fit() == Fit.OVERPAY && r.deductionStated()) {
                // Paying more than the invoice while saying something was deducted from it: the
                // reference most likely names the wrong invoice.
                doubts.add("remittance states a deduction but the payment exceeds the invoice");
            }
        }
        if (p.currency().isEmpty()) {
            doubts.add(NO_CURRENCY);
        }
        boolean auto = doubts.isEmpty();
        double confidence = who.evidence().weight * plan.fit().weight * (anyTypo ? 0.95 : 1.0)
                * (res.unresolved().isEmpty() ? 1.0 : 0.97);
        confidence = auto ? confidence : Math.min(confidence, 0.8);
        StringBuilder reason = new StringBuilder(refsText(live)).append(", ").append(fitText(plan, r, p));
        reason.append(", ").append(who.evidence().text);
        doubts.forEach(d -> reason.append("; ").append(d));
        String unappliedWhy = plan.fit() == Fit.OVERPAY || plan.fit() == Fit.STATED || plan.fit() == Fit.STATED_EXCESS
                ? "overpayment left on account" : "amount beyond the referenced invoices";
        return new Proposal(plan.allocations(), plan.unapplied(), auto, confidence, reason.toString(), unappliedWhy);
    }

    private Proposal byAmount(Payment p, Remittance r, Identity who, RefResolution res, long amount) {
        String customerNo = customers.get(who.customer()).customerNo();
        int[] group = book.invoiceArrayOf(customers.payableBy(who.customer()));
        int[] candidates = new int[group.length];
        long[] full = new long[group.length];
        long[] disc = new long[group.length];
        int n = 0;
        long receivedDay = p.receivedDate() == null ? Long.MAX_VALUE : p.receivedDate().toEpochDay();
        int currency = book.currencyCode(p.currency());
        for (int inv : group) {
            long open = book.remaining(inv);
            if (open > 0 && book.sameCurrency(currency, inv)) {
                candidates[n] = inv;
                full[n] = open;
                disc[n++] = book.discounted(inv, receivedDay);
            }
        }
        if (n == 0) {
            return Proposal.unapplied(amount, 0.85, "customer " + customerNo + " (" + who.evidence().text
                    + ") has no open invoice: left on account");
        }
        full = java.util.Arrays.copyOf(full, n);
        disc = java.util.Arrays.copyOf(disc, n);
        SubsetSearch search = new SubsetSearch(full, disc, MAX_COMBINATION, NODE_BUDGET, MAX_COINCIDENCES_TO_SUGGEST);
        SubsetSearch.Result found = search.find(amount);
        if (found.found() && found.expectedCoincidences() > MAX_COINCIDENCES_TO_SUGGEST) {
            return Proposal.unapplied(amount, 0.7, "customer " + customerNo + " (" + who.evidence().text
                    + "): a combination of " + found.best().size() + " open invoices adds up, but with "
                    + n + " open invoices that is likely chance: left on account");
        }
        if (!found.found()) {
            return Proposal.unapplied(amount, 0.8, "customer " + customerNo + " (" + who.evidence().text
                    + "): no open invoice or combination matches " + Cents.toMoney(amount)
                    + (found.complete() ? "" : found.expectedCoincidences() > MAX_COINCIDENCES_TO_SUGGEST
                    ? " (too many open invoices to match on the amount alone)" : " (search cut short)") + ": left on account");
        }
        List<Proposal.Allocation> out = new ArrayList<>();
        for (SubsetSearch.Pick pick : found.best()) {
            int inv = candidates[pick.candidate()];
            long open = book.remaining(inv);
            long paid = pick.discounted() ? disc[pick.candidate()] : open;
            out.add(new Proposal.Allocation(inv, paid, open - paid, 0));
        }
        List<String> doubts = new ArrayList<>();
        if (found.solutionsAtSize() > 1) {
            doubts.add("another " + (out.size() == 1 ? "invoice has" : "combination has") + " the same amount: a person must choose");
        }
        if (!found.complete()) {
            doubts.add("search cut short");
        }
        if (found.largerAlsoFits()) {
            doubts.add("a combination of " + (out.size() + 1) + " open invoices adds up to the amount too");
        }
        boolean single = out.size() == 1;
        if (single && issuedAsTheMoneyArrived(out.get(0).invoice(), p) && search.pairFits(amount)) {
            // The customer can hardly have paid an invoice issued the day the money came in (or
            // later); when two other open invoices add up to the amount, they are as good an answer.
            doubts.add("the invoice is dated the day the money arrived or later, and two open invoices add up to the amount too");
        }
        double limit = single ? MAX_COINCIDENCES_SINGLE : MAX_COINCIDENCES_COMBINED;
        boolean fuzzyPayerOk = single && who.evidence() == Identity.Evidence.NAME_FUZZY
                && found.expectedCoincidences() <= MAX_COINCIDENCES_FUZZY_PAYER;
        if (found.expectedCoincidences() > limit) {
            doubts.add(String.format(Locale.ROOT, "too many open invoices for the amount alone (%.2f chance hits)",
                    found.expectedCoincidences()));
        }
        if (!who.evidence().independent() && !fuzzyPayerOk) {
            doubts.add("payer not confirmed");
        }
        if (r.deductionStated()) {
            doubts.add("remittance states a deduction");
        }
        if (ON_ACCOUNT.matcher(p.reference()).find()) {
            doubts.add("remittance says the money is on account");
        }
        if (out.size() > 1 && amount % 10_000 == 0) {
            doubts.add("a round amount looks like a deposit more than a sum of invoices");
        }
        if (out.size() > 1 && !(res.unresolved().isEmpty() && res.foreign().isEmpty())) {
            doubts.add("remittance references not found");
        }
        if (p.currency().isEmpty()) {
            doubts.add(NO_CURRENCY);
        }
        boolean auto = doubts.isEmpty();
        double confidence = who.evidence().weight * (out.size() == 1 ? 0.96 : 0.94)
                * (1.0 - Math.min(0.5, found.expectedCoincidences() * 5));
        confidence = auto ? confidence : Math.min(confidence, 0.75);
        boolean discounted = out.stream().anyMatch(a -> a.discount() > 0);
        StringBuilder reason = new StringBuilder();
        if (out.size() == 1) {
            reason.append("exact amount of ").append(book.item(out.get(0).invoice()).invoiceNo());
        } else {
            reason.append("combination of ").append(out.size()).append(" open invoices adds up to the amount, oldest first");
        }
        if (discounted) {
            reason.append(", discount within terms");
        }
        reason.append(", no usable reference, ").append(who.evidence().text);
        doubts.forEach(d -> reason.append("; ").append(d));
        return new Proposal(out, 0, auto, confidence, reason.toString(), "");
    }

    private boolean issuedAsTheMoneyArrived(int invoice, Payment p) {
        LocalDate issued = book.item(invoice).invoiceDate();
        return issued != null && p.receivedDate() != null && !issued.isBefore(p.receivedDate());
    }

    /** A remitted line's amount is its invoice's open amount, or that amount net of the discount within terms. */
    private boolean lineConfirms(RefHit h, Payment p) {
        long open = book.remaining(h.invoice());
        return h.ref().amount() == open || h.ref().amount() == planner.discounted(h.invoice(), p.receivedDate());
    }

    /**
     * The amount names the one referenced invoice even though it does not settle it as planned:
     * it is the invoice's open amount less the deduction the remittance states, or its amount net
     * of the early-payment discount taken after the terms. Either is an exact figure derived from
     * that invoice, as telling as a full payment for whether a repaired reference reads right.
     */
    private boolean amountIdentifies(List<RefHit> live, long amount, Remittance r) {
        if (live.size() != 1) {
            return false;
        }
        int inv = live.get(0).invoice();
        long open = book.remaining(inv);
        boolean statedDeduction = r.deductionAmount() > 0 && amount + r.deductionAmount() == open;
        return statedDeduction || book.netOfDiscountAnyDay(inv) == amount;
    }

    /**
     * An invoice one typo away from a reference that would make the payment add up exactly: the
     * reference may be that invoice's number mistyped into another valid number.
     */
    private String typoAlternative(Identity who, List<RefHit> live, long amount, Payment p, Remittance r) {
        int[] group = book.invoiceArrayOf(customers.payableBy(who.customer()));
        for (int k = 0; k < live.size(); k++) {
            RefHit h = live.get(k);
            for (int inv : group) {
                if (inv == h.invoice() || book.remaining(inv) == 0 || !EditDistance.atMostOne(h.ref().core(), book.core(inv))) {
                    continue;
                }
                List<RefHit> trial = new ArrayList<>(live);
                trial.set(k, new RefHit(inv, h.ref(), true, h.cleaned()));
                if (planner.plan(trial, amount, p.receivedDate(), r).fit().amountConfirms) {
                    return book.item(inv).invoiceNo();
                }
            }
        }
        return null;
    }

    /** Another open invoice of the payer (not {@code except}) settles with exactly this amount. */
    private boolean otherInvoiceFits(Identity who, int except, long amount, Payment p) {
        for (int inv : book.invoiceArrayOf(customers.payableBy(who.customer()))) {
            if (inv != except && book.remaining(inv) > 0
                    && (book.remaining(inv) == amount || planner.discounted(inv, p.receivedDate()) == amount)) {
                return true;
            }
        }
        return false;
    }

    private String refsText(List<RefHit> hits) {
        StringBuilder sb = new StringBuilder(hits.size() == 1 ? "invoice ref " : "invoice refs ");
        for (int i = 0; i < hits.size(); i++) {
            RefHit h = hits.get(i);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(book.item(h.invoice()).invoiceNo());
            if (h.typo()) {
                sb.append(" (1 typo)");
            } else if (h.cleaned()) {
                sb.append(" (OCR repaired)");
            }
        }
        return sb.toString();
    }

    private static String fitText(AllocationPlanner.Plan plan, Remittance r, Payment p) {
        switch (plan.fit()) {
            case SHORT_DEDUCTION:
                return "short paid, deduction stated (\"" + r.deductionNote() + "\")";
            case OVERPAY:
                return "overpayment, " + Cents.toMoney(plan.unapplied()) + " left unapplied";
            default:
                return plan.fit().text;
        }
    }
}
