package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes invoice totals. The rounding rule, which every printed and stored amount follows:
 * <ol>
 *   <li><b>Line:</b> {@code gross = qty x unitPrice} and {@code net = qty x unitPrice x (1 - discount% / 100)},
 *       each computed exactly and rounded half-up to cents once; {@code discount = gross - net}
 *       (so gross - discount = net to the cent on every line).</li>
 *   <li><b>Subtotal:</b> the sum of the rounded line nets (no further rounding needed).</li>
 *   <li><b>Tax, per jurisdiction:</b> {@code base = sum of taxable line nets (+ freight when freight is
 *       taxable)}; {@code tax = base x rate% / 100}, rounded half-up to cents once per jurisdiction,
 *       never per line. Every jurisdiction of the ship-to address applies to every taxable line.</li>
 *   <li><b>Grand total:</b> subtotal + freight + the sum of the jurisdiction taxes.</li>
 * </ol>
 * Rounding per jurisdiction on the whole base (not per line) is what the tax return reports, and
 * it keeps the invoice's tax equal to what a re-computation from the printed base gives.
 */
public final class InvoiceCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InvoiceTotals compute(List<InvoiceLineInput> lines, List<TaxJurisdiction> jurisdictions,
                                 Money freight, boolean freightTaxable) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        Money freightAmount = freight == null ? Money.ZERO : freight;
        if (freightAmount.isNegative()) {
            throw new IllegalArgumentException("freight cannot be negative, was " + freightAmount);
        }
        requireDistinct(lines, jurisdictions);

        List<PricedLine> priced = new ArrayList<>(lines.size());
        Money subtotal = Money.ZERO;
        Money discounts = Money.ZERO;
        Money taxableBase = freightTaxable ? freightAmount : Money.ZERO;
        for (InvoiceLineInput line : lines) {
            PricedLine p = price(line);
            priced.add(p);
            subtotal = subtotal.plus(p.net());
            discounts = discounts.plus(p.discount());
            if (p.taxable()) {
                taxableBase = taxableBase.plus(p.net());
            }
        }

        List<TaxAmount> taxes = new ArrayList<>(jurisdictions.size());
        Money taxTotal = Money.ZERO;
        for (TaxJurisdiction j : jurisdictions) {
            Money tax = taxableBase.times(j.ratePercent().divide(HUNDRED));
            taxes.add(new TaxAmount(j, taxableBase, tax));
            taxTotal = taxTotal.plus(tax);
        }
        Money grand = subtotal.plus(freightAmount).plus(taxTotal);
        return new InvoiceTotals(priced, subtotal, discounts, freightAmount, freightTaxable, taxes, taxTotal, grand);
    }

    /** Prices one line by rule 1 above. */
    public static PricedLine price(InvoiceLineInput line) {
        BigDecimal exactGross = line.quantity().multiply(line.unitPrice());
        BigDecimal keep = HUNDRED.subtract(line.discountPercent()).divide(HUNDRED);
        Money gross = Money.of(exactGross);
        Money net = Money.of(exactGross.multiply(keep).setScale(Money.SCALE, RoundingMode.HALF_UP));
        return new PricedLine(line.lineNo(), line.sku(), line.description(), line.quantity(), line.unit(),
                line.unitPrice(), line.discountPercent(), line.taxable(), gross, gross.minus(net), net);
    }

    private static void requireDistinct(List<InvoiceLineInput> lines, List<TaxJurisdiction> jurisdictions) {
        Set<Integer> lineNos = new HashSet<>();
        for (InvoiceLineInput l : lines) {
            if (!lineNos.add(l.lineNo())) {
                throw new IllegalArgumentException("line number " + l.lineNo() + " appears twice");
            }
        }
        Set<String> codes = new HashSet<>();
        for (TaxJurisdiction j : jurisdictions) {
            if (!codes.add(j.code())) {
                throw new IllegalArgumentException("tax jurisdiction " + j.code() + " appears twice");
            }
        }
    }
}
