package com.orderdesk.logic.invoicing;

import com.orderdesk.logic.invoicing.CreditDecision.CreditedLine;
import com.orderdesk.logic.invoicing.CreditRequest.LineCredit;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides what a credit memo may credit on an issued invoice. The invariant: never more than was
 * invoiced and not yet credited, per line (quantity and net amount) and in total (tax, freight and
 * earlier lump sums included).
 *
 * <p>A line credited by quantity gets {@code net x qty / invoiced qty}, rounded half-up, except that
 * crediting the whole remaining quantity credits the whole remaining amount (so halves add up to
 * the line to the cent). Tax on a line credit follows {@link InvoiceCalculator}'s rule: each of the
 * invoice's jurisdictions on the credited taxable base, rounded once; when that rounding would push
 * the memo one cent per jurisdiction past what is left on the invoice, the memo is trimmed to what
 * is left instead of refused.
 */
public final class CreditMemoPolicy {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CreditDecision decide(String invoiceNumber, InvoiceTotals invoice, PriorCredits prior, CreditRequest request) {
        List<String> problems = new ArrayList<>();
        if (request.reason() == null || request.reason().isBlank()) {
            problems.add("A credit memo needs a reason.");
        }
        Money left = invoice.grandTotal().minus(prior.total());
        if (!left.isPositive()) {
            problems.add("Invoice " + invoiceNumber + " is already fully credited (" + invoice.grandTotal()
                    + " invoiced, " + prior.total() + " credited).");
            return CreditDecision.refused(problems);
        }
        CreditDecision decision;
        if (request instanceof CreditRequest.ByAmount byAmount) {
            decision = byAmount(invoiceNumber, invoice, prior, byAmount.amount(), left, problems);
        } else if (request instanceof CreditRequest.ByLines byLines) {
            decision = byLines(invoiceNumber, invoice, prior, byLines.lines(), left, problems);
        } else {
            decision = full(invoice, prior, left);
        }
        return problems.isEmpty() ? decision : CreditDecision.refused(problems);
    }

    private CreditDecision full(InvoiceTotals invoice, PriorCredits prior, Money left) {
        List<CreditedLine> lines = new ArrayList<>();
        for (PricedLine line : invoice.lines()) {
            PriorCredits.Credited done = prior.onLine(line.lineNo());
            Money amount = line.net().minus(done.amount());
            BigDecimal qty = line.quantity().subtract(done.quantity());
            if (amount.isPositive() || qty.signum() > 0) {
                lines.add(new CreditedLine(line.lineNo(), line.sku(), line.description(), qty.max(BigDecimal.ZERO),
                        amount.max(Money.ZERO), line.taxable()));
            }
        }
        return withTaxes(lines, invoice, left, true);
    }

    private CreditDecision byAmount(String invoiceNumber, InvoiceTotals invoice, PriorCredits prior, Money amount,
                                    Money left, List<String> problems) {
        if (amount == null || !amount.isPositive()) {
            problems.add("The amount to credit must be more than zero.");
        } else if (amount.compareTo(left) > 0) {
            problems.add(overTotal(invoiceNumber, amount, invoice, prior, left));
        }
        Money total = amount == null ? Money.ZERO : amount;
        return new CreditDecision(List.of(), List.of(), Money.ZERO, List.of(), total);
    }

    private CreditDecision byLines(String invoiceNumber, InvoiceTotals invoice, PriorCredits prior,
                                   List<LineCredit> requested, Money left, List<String> problems) {
        if (requested.isEmpty()) {
            problems.add("Choose at least one line to credit.");
            return CreditDecision.refused(problems);
        }
        Map<Integer, PricedLine> byNo = invoice.lines().stream()
                .collect(Collectors.toMap(PricedLine::lineNo, Function.identity()));
        Set<Integer> seen = new HashSet<>();
        List<CreditedLine> lines = new ArrayList<>();
        for (LineCredit want : requested) {
            PricedLine line = byNo.get(want.lineNo());
            if (line == null) {
                problems.add("Line " + want.lineNo() + " is not on invoice " + invoiceNumber + ".");
            } else if (!seen.add(want.lineNo())) {
                problems.add("Line " + want.lineNo() + " is listed twice; credit it once.");
            } else {
                CreditedLine credited = creditLine(line, prior.onLine(line.lineNo()), want, problems);
                if (credited != null) {
                    lines.add(credited);
                }
            }
        }
        if (!problems.isEmpty()) {
            return CreditDecision.refused(problems);
        }
        lines.sort(java.util.Comparator.comparingInt(CreditedLine::lineNo));
        CreditDecision decision = withTaxes(lines, invoice, left, false);
        if (decision.total().compareTo(left) > 0) {
            problems.add(overTotal(invoiceNumber, decision.total(), invoice, prior, left));
        }
        return decision;
    }

    private static CreditedLine creditLine(PricedLine line, PriorCredits.Credited done, LineCredit want,
                                           List<String> problems) {
        String name = "Line " + line.lineNo() + " (" + line.sku() + ")";
        Money amountLeft = line.net().minus(done.amount());
        BigDecimal qtyLeft = line.quantity().subtract(done.quantity());
        if ((want.quantity() == null) == (want.amount() == null) || want.withheld() != null && want.quantity() == null) {
            problems.add(name + ": give either a quantity or an amount to credit, not both or neither.");
            return null;
        }
        if (want.quantity() != null) {
            BigDecimal qty = want.quantity();
            if (qty.signum() <= 0) {
                problems.add(name + ": the quantity to credit must be more than zero.");
                return null;
            }
            if (qty.compareTo(qtyLeft) > 0) {
                problems.add(name + ": cannot credit " + qty.stripTrailingZeros().toPlainString() + " " + line.unit()
                        + "; " + plain(line.quantity()) + " invoiced, " + plain(done.quantity()) + " already credited, "
                        + plain(qtyLeft.max(BigDecimal.ZERO)) + " left to credit.");
                return null;
            }
            Money amount = qty.compareTo(qtyLeft) == 0 ? amountLeft
                    : Money.of(line.net().amount().multiply(qty).divide(line.quantity(), MathContext.DECIMAL64)).min(amountLeft);
            if (want.withheld() != null) {
                if (want.withheld().isNegative() || want.withheld().compareTo(amount) >= 0) {
                    problems.add(name + ": " + want.withheld() + " cannot be kept from a credit of " + amount + ".");
                    return null;
                }
                amount = amount.minus(want.withheld());
            }
            return new CreditedLine(line.lineNo(), line.sku(), line.description(), qty, amount, line.taxable(),
                    want.withheld() == null ? Money.ZERO : want.withheld());
        }
        Money amount = want.amount();
        if (!amount.isPositive()) {
            problems.add(name + ": the amount to credit must be more than zero.");
            return null;
        }
        if (amount.compareTo(amountLeft) > 0) {
            problems.add(name + ": cannot credit " + amount + "; " + line.net() + " invoiced, " + done.amount()
                    + " already credited, " + amountLeft.max(Money.ZERO) + " left to credit.");
            return null;
        }
        return new CreditedLine(line.lineNo(), line.sku(), line.description(), BigDecimal.ZERO, amount, line.taxable());
    }

    /**
     * Adds the invoice's jurisdictions' tax on the credited taxable base. A full credit takes exactly
     * what is left (freight and rounding included); a line credit trims a rounding excess of at most
     * one cent per jurisdiction.
     */
    private static CreditDecision withTaxes(List<CreditedLine> lines, InvoiceTotals invoice, Money left, boolean full) {
        Money linesAmount = Money.ZERO;
        Money taxableBase = Money.ZERO;
        for (CreditedLine l : lines) {
            linesAmount = linesAmount.plus(l.amount());
            if (l.taxable()) {
                taxableBase = taxableBase.plus(l.amount());
            }
        }
        List<TaxAmount> taxes = new ArrayList<>();
        Money taxTotal = Money.ZERO;
        for (TaxAmount invoiced : invoice.taxes()) {
            Money tax = taxableBase.times(invoiced.jurisdiction().ratePercent().divide(HUNDRED));
            taxes.add(new TaxAmount(invoiced.jurisdiction(), taxableBase, tax));
            taxTotal = taxTotal.plus(tax);
        }
        Money total = linesAmount.plus(taxTotal);
        Money excess = total.minus(left);
        if (full) {
            total = left;
        } else if (excess.isPositive() && !taxes.isEmpty()
                && excess.compareTo(Money.ofCents(taxes.size())) <= 0) {
            TaxAmount last = taxes.remove(taxes.size() - 1);
            taxes.add(new TaxAmount(last.jurisdiction(), last.base(), last.tax().minus(excess)));
            total = left;
        }
        return new CreditDecision(List.of(), lines, linesAmount, taxes, total);
    }

    private static String overTotal(String invoiceNumber, Money asked, InvoiceTotals invoice, PriorCredits prior, Money left) {
        return "Cannot credit " + asked + " on invoice " + invoiceNumber + "; " + invoice.grandTotal() + " invoiced, "
                + prior.total() + " already credited, " + left + " left to credit.";
    }

    private static String plain(BigDecimal qty) {
        return qty.stripTrailingZeros().toPlainString();
    }
}
