package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an answer against the spec's invariants: every payment has a row; a payment's applied
 * amounts add up to its amount; an invoice never receives more than it had open (over all
 * payments of the run); only the payer's own or its children's invoices; exact cents; confidence
 * in [0, 1]; unapplied rows name no invoice. The payer is taken to be the owner of the first
 * invoice a payment applies to (a parent may pay its children).
 */
public final class ApplicationInvariants {
    private ApplicationInvariants() {
    }

    /** Every violation found, as a sentence; empty when the answer keeps the invariants. */
    public static List<String> violations(List<Customer> customers, List<OpenItem> openItems,
                                          List<Payment> payments, List<Application> rows) {
        List<String> out = new ArrayList<>();
        Map<String, OpenItem> items = new HashMap<>();
        openItems.forEach(i -> items.put(i.invoiceNo(), i));
        Map<String, String> parentOf = new HashMap<>();
        customers.forEach(c -> parentOf.put(c.customerNo(), c.parentNo()));
        Map<String, List<Application>> byPayment = new LinkedHashMap<>();
        rows.forEach(r -> byPayment.computeIfAbsent(r.paymentId(), k -> new ArrayList<>()).add(r));
        Map<String, BigDecimal> settled = new HashMap<>();
        for (Payment p : payments) {
            List<Application> mine = byPayment.getOrDefault(p.paymentId(), List.of());
            if (mine.isEmpty()) {
                out.add(p.paymentId() + ": no row");
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            String payer = null;
            for (Application a : mine) {
                sum = sum.add(a.appliedAmount());
                for (BigDecimal m : new BigDecimal[] {a.appliedAmount(), a.discountAmount(), a.deductionAmount()}) {
                    if (m.stripTrailingZeros().scale() > 2) {
                        out.add(p.paymentId() + ": amount " + m + " is not exact to the cent");
                    }
                }
                if (a.confidence() < 0 || a.confidence() > 1 || Double.isNaN(a.confidence())) {
                    out.add(p.paymentId() + ": confidence " + a.confidence() + " outside [0, 1]");
                }
                if (a.isUnapplied()) {
                    if (a.status() != ApplicationStatus.UNAPPLIED) {
                        out.add(p.paymentId() + ": a row without invoice is " + a.status());
                    }
                    continue;
                }
                OpenItem item = items.get(a.invoiceNo());
                if (item == null) {
                    out.add(p.paymentId() + ": unknown invoice " + a.invoiceNo());
                    continue;
                }
                if (a.appliedAmount().signum() < 0 || a.discountAmount().signum() < 0 || a.deductionAmount().signum() < 0) {
                    out.add(p.paymentId() + ": negative amount on " + a.invoiceNo());
                }
                String owner = item.customerNo();
                if (payer == null) {
                    payer = parentOf.get(owner) != null && mine.stream().anyMatch(o -> !o.isUnapplied()
                            && !items.get(o.invoiceNo()).customerNo().equals(owner)) ? parentOf.get(owner) : owner;
                }
                if (!owner.equals(payer) && !payer.equals(parentOf.get(owner))) {
                    out.add(p.paymentId() + ": applies to " + a.invoiceNo() + " of " + owner + ", not payer " + payer + "'s");
                }
                BigDecimal total = settled.getOrDefault(a.invoiceNo(), BigDecimal.ZERO)
                        .add(a.appliedAmount()).add(a.discountAmount()).add(a.deductionAmount());
                settled.put(a.invoiceNo(), total);
                if (total.compareTo(item.openAmount()) > 0) {
                    out.add(p.paymentId() + ": " + a.invoiceNo() + " receives " + total + " of " + item.openAmount() + " open");
                }
            }
            if (sum.compareTo(p.amount()) != 0) {
                out.add(p.paymentId() + ": rows add up to " + sum + ", payment is " + p.amount());
            }
        }
        return out;
    }
}
