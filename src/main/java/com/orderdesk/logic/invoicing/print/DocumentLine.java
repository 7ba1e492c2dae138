package com.orderdesk.logic.invoicing.print;

import com.orderdesk.logic.invoicing.CreditDecision;
import com.orderdesk.logic.invoicing.PricedLine;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One printed line of an invoice or credit memo. {@code unitPrice} and {@code discountPercent} may
 * be null (a credit by amount has neither) and then print blank.
 */
public record DocumentLine(int lineNo, String sku, String description, BigDecimal quantity, String unit,
                           BigDecimal unitPrice, BigDecimal discountPercent, Money amount, boolean taxable) {

    public static DocumentLine of(PricedLine line) {
        return new DocumentLine(line.lineNo(), line.sku(), line.description(), line.quantity(), line.unit(),
                line.unitPrice(), line.discountPercent().signum() == 0 ? null : line.discountPercent(), line.net(),
                line.taxable());
    }

    public static List<DocumentLine> of(CreditDecision.CreditedLine line, PricedLine invoiced) {
        boolean byQuantity = line.quantity().signum() > 0;
        return credited(line.lineNo(), line.sku(), line.description(), byQuantity ? line.quantity() : null, invoiced.unit(),
                byQuantity ? invoiced.unitPrice() : null,
                byQuantity && invoiced.discountPercent().signum() != 0 ? invoiced.discountPercent() : null,
                line.amount(), line.withheld(), line.taxable());
    }

    /**
     * A credited line as printed: the units at their price, and what was kept from their credit (a return's
     * restocking fee) as a line of its own below, so that the lines add up to the subtotal. Tour12: a return's
     * memo read "1 CS at 54.00 ... 48.60", the fee only in the reason's text.
     */
    public static List<DocumentLine> credited(int lineNo, String sku, String description, BigDecimal quantity, String unit,
                                              BigDecimal unitPrice, BigDecimal discountPercent, Money amount, Money withheld,
                                              boolean taxable) {
        if (withheld == null || !withheld.isPositive()) {
            return List.of(new DocumentLine(lineNo, sku, description, quantity, unit, unitPrice, discountPercent, amount, taxable));
        }
        Money value = amount.plus(withheld);
        return List.of(new DocumentLine(lineNo, sku, description, quantity, unit, unitPrice, discountPercent, value, taxable),
                new DocumentLine(lineNo, "", "Restocking fee" + percentOf(withheld, value) + ", kept from the credit",
                        null, unit, null, null, withheld.negate(), taxable));
    }

    /**
     * " 15%": the roundest percentage of the value that gives the fee to the cent (15% of 32.97 is 4.9455,
     * kept as 4.95: "15.01%" gives it too), "" when none of up to two decimals does.
     */
    private static String percentOf(Money fee, Money value) {
        for (int decimals = 0; decimals <= 2; decimals++) {
            BigDecimal pct = fee.amount().multiply(BigDecimal.valueOf(100)).divide(value.amount(), decimals,
                    java.math.RoundingMode.HALF_UP);
            if (value.times(pct.movePointLeft(2)).equals(fee)) {
                return " " + pct.stripTrailingZeros().toPlainString() + "%";
            }
        }
        return "";
    }
}
