package com.orderdesk.logic.cash.matching;

import com.orderdesk.logic.common.EditDistance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Identifies the paying customer and resolves the remittance references against the invoices that
 * customer may pay (its own and its children's). The payer's bank account and exact name stand on
 * their own; otherwise exact invoice references name the customer, and an approximate payer name
 * can only confirm them.
 */
final class PayerResolver {
    /** Cores shorter than this are compared exactly only: one typo away from a short number is too many numbers. */
    private static final int MIN_FUZZY_CORE = 5;

    private final CustomerDirectory customers;
    private final OpenBook book;

    PayerResolver(CustomerDirectory customers, OpenBook book) {
        this.customers = customers;
        this.book = book;
    }

    /** Identification from the payer's account and name alone. */
    Identity identifyByPayer(Payment p) {
        List<Integer> byAccount = customers.byAccount(p.payerAccount());
        if (byAccount.size() == 1) {
            return new Identity(byAccount.get(0), Identity.Evidence.ACCOUNT);
        }
        List<Integer> byName = customers.byExactName(p.payerName());
        if (byName.size() == 1) {
            return new Identity(byName.get(0), Identity.Evidence.NAME);
        }
        if (byName.isEmpty()) {
            List<Integer> fuzzy = customers.byFuzzyName(p.payerName());
            if (fuzzy.size() == 1) {
                return new Identity(fuzzy.get(0), Identity.Evidence.NAME_FUZZY);
            }
        }
        return Identity.NONE;
    }

    /**
     * Identification completed with the references: when account and name are not conclusive, the
     * customer owning the exactly referenced invoices (or their common parent) is the payer.
     */
    Identity identify(Payment p, Remittance r) {
        Identity byPayer = identifyByPayer(p);
        if (byPayer.evidence().independent()) {
            return byPayer;
        }
        Set<Integer> owners = new LinkedHashSet<>();
        for (Remittance.Ref ref : r.refs()) {
            for (int inv : book.byCore(ref.core())) {
                owners.add(book.owner(inv));
            }
        }
        int payer = commonPayer(owners);
        if (payer < 0) {
            return byPayer;
        }
        if (byPayer.known() && byPayer.customer() != payer) {
            // An approximate name that points elsewhere: trust neither.
            return customers.mayPay(byPayer.customer(), payer) || customers.mayPay(payer, byPayer.customer())
                    ? new Identity(payer, Identity.Evidence.REFERENCE_AND_NAME) : Identity.NONE;
        }
        return new Identity(payer, byPayer.known() ? Identity.Evidence.REFERENCE_AND_NAME : Identity.Evidence.REFERENCE);
    }

    /** The one customer that may pay all these owners' invoices (the owner itself, or their common parent). */
    private int commonPayer(Set<Integer> owners) {
        if (owners.isEmpty()) {
            return -1;
        }
        if (owners.size() == 1) {
            return owners.iterator().next();
        }
        for (int candidate : owners) {
            int parent = customers.parentOf(candidate);
            for (int c : new int[] {candidate, parent}) {
                if (c >= 0 && owners.stream().allMatch(o -> customers.mayPay(c, o))) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** Resolves each reference among the invoices the payer may pay: exactly, else within one typo. */
    RefResolution resolve(Identity who, Remittance r) {
        List<RefHit> hits = new ArrayList<>();
        Set<Integer> seen = new LinkedHashSet<>();
        List<Remittance.Ref> unresolved = new ArrayList<>();
        List<Remittance.Ref> foreign = new ArrayList<>();
        List<List<RefHit>> ambiguous = new ArrayList<>();
        List<Integer> group = who.known() ? customers.payableBy(who.customer()) : List.of();
        int[] groupInvoices = null;
        for (Remittance.Ref ref : r.refs()) {
            List<Integer> exact = new ArrayList<>();
            boolean elsewhere = false;
            for (int inv : book.byCore(ref.core())) {
                if (who.known() && customers.mayPay(who.customer(), book.owner(inv))) {
                    exact.add(inv);
                } else {
                    elsewhere = true;
                }
            }
            List<Integer> found = exact;
            boolean typo = false;
            if (found.isEmpty() && who.known() && ref.core().length() >= MIN_FUZZY_CORE) {
                if (groupInvoices == null) {
                    groupInvoices = book.invoiceArrayOf(group);
                }
                found = new ArrayList<>();
                for (int inv : groupInvoices) {
                    if (EditDistance.atMostOne(ref.core(), book.core(inv))) {
                        found.add(inv);
                    }
                }
                typo = true;
            }
            if (found.size() == 1) {
                int inv = found.get(0);
                if (seen.add(inv)) {
                    hits.add(new RefHit(inv, ref, typo, ref.cleaned()));
                }
            } else if (found.size() > 1) {
                List<RefHit> candidates = new ArrayList<>();
                for (int inv : found) {
                    candidates.add(new RefHit(inv, ref, true, ref.cleaned()));
                }
                ambiguous.add(List.copyOf(candidates));
            } else if (elsewhere) {
                foreign.add(ref);
            } else {
                unresolved.add(ref);
            }
        }
        return new RefResolution(List.copyOf(hits), List.copyOf(ambiguous), List.copyOf(unresolved), List.copyOf(foreign));
    }
}
