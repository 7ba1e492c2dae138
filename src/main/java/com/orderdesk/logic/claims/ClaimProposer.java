package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the book can decide, it proposes: a pricing claim is valid for what the customer's contract
 * price valid on the order date is below the invoiced price (per unit, after the line's discount,
 * with the invoice's tax on taxable lines); a quantity claim is valid up to the value of the units
 * billed but not confirmed shipped. Never more than the amount claimed. Otherwise a person decides.
 */
public final class ClaimProposer {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * The reasons show in the claims desk's evidence: the order date in the one fixed form the book's
     * sentences use ("Nov 16, 2026", as the credit and timeline texts), not ISO ("2026-11-16") beside
     * the evidence's dates.
     */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    private ClaimProposer() {
    }

    /**
     * @param taxRate the invoice's tax as a fraction of its taxable lines (0.0625), zero when untaxed
     */
    public static Proposal propose(ClaimReason reason, Money claimed, LocalDate orderDate, List<EvidenceLine> lines,
                                   BigDecimal taxRate) {
        return switch (reason) {
            case PRICING -> pricing(claimed, orderDate, lines, taxRate);
            case QUANTITY_SHORT -> shortage(claimed, lines, taxRate);
            default -> Proposal.personDecides("The book cannot judge a claim of \"" + reason.label().toLowerCase(java.util.Locale.ROOT)
                    + "\"; look at the evidence and decide.");
        };
    }

    private static Proposal pricing(Money claimed, LocalDate orderDate, List<EvidenceLine> lines, BigDecimal taxRate) {
        List<String> why = new ArrayList<>();
        Money over = Money.ZERO;
        String on = orderDate == null ? "the order date" : DATE.format(orderDate);
        for (EvidenceLine l : lines) {
            if (l.contractPrice() == null) {
                why.add(l.sku() + ": no contract price on " + on + "; invoiced at " + l.unitPrice() + ".");
                continue;
            }
            BigDecimal perUnit = l.unitPrice().amount().subtract(l.contractPrice().amount());
            if (perUnit.signum() <= 0) {
                why.add(l.sku() + ": invoiced at " + l.unitPrice() + ", the contract price on " + on + " is "
                        + l.contractPrice() + ": nothing over.");
                continue;
            }
            BigDecimal afterDiscount = BigDecimal.ONE.subtract(l.discountPct().divide(HUNDRED, MathContext.DECIMAL64));
            Money line = Money.of(perUnit.multiply(BigDecimal.valueOf(l.invoicedQty())).multiply(afterDiscount));
            Money tax = l.taxable() ? line.times(taxRate) : Money.ZERO;
            over = over.plus(line).plus(tax);
            why.add(l.sku() + ": invoiced at " + l.unitPrice() + ", contract price on " + on + " " + l.contractPrice()
                    + ": " + l.invoicedQty() + " x " + Money.of(perUnit) + " = " + line + " over"
                    + (tax.isPositive() ? " + " + tax + " tax" : "") + ".");
        }
        return capped(claimed, over, why, "price difference");
    }

    private static Proposal shortage(Money claimed, List<EvidenceLine> lines, BigDecimal taxRate) {
        List<String> why = new ArrayList<>();
        Money shortValue = Money.ZERO;
        for (EvidenceLine l : lines) {
            int billedShort = l.billedNotShipped();
            if (billedShort > 0) {
                Money value = RestockingFee.valueOf(l.net(), l.invoicedQty(), billedShort);
                Money tax = l.taxable() ? value.times(taxRate) : Money.ZERO;
                shortValue = shortValue.plus(value).plus(tax);
                why.add(l.sku() + ": " + l.invoicedQty() + " billed, " + l.shippedOnInvoice() + " confirmed shipped: "
                        + billedShort + " short = " + value + (tax.isPositive() ? " + " + tax + " tax" : "") + ".");
            } else if (l.shippedOnInvoice() != null) {
                why.add(l.sku() + ": " + l.invoicedQty() + " billed, " + l.shippedOnInvoice() + " confirmed shipped"
                        + (l.orderedNotShipped() > 0 ? " (" + l.orderedNotShipped() + " of the " + l.orderedQty()
                        + " ordered never shipped, and not billed)" : "") + ".");
            } else {
                why.add(l.sku() + ": no shipment confirmation on record for this invoice.");
            }
        }
        if (shortValue.isZero() && lines.stream().anyMatch(l -> l.shippedOnInvoice() == null)) {
            why.add("Without shipment confirmations the book cannot judge the shortage; a person decides (proof of delivery).");
            return new Proposal(null, why);
        }
        return capped(claimed, shortValue, why, "short-shipped value");
    }

    private static Proposal capped(Money claimed, Money proven, List<String> why, String what) {
        Money valid = proven.min(claimed);
        if (proven.compareTo(claimed) > 0) {
            why.add("The " + what + " " + proven + " is more than the " + claimed + " claimed: valid " + valid + ".");
        } else if (valid.compareTo(claimed) < 0) {
            why.add("Valid " + valid + " of the " + claimed + " claimed; " + claimed.minus(valid) + " is not explained by the "
                    + what + ".");
        } else {
            why.add("The whole " + claimed + " is explained by the " + what + ".");
        }
        return new Proposal(valid, why);
    }
}
