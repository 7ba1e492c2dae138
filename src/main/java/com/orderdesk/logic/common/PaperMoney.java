package com.orderdesk.logic.common;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The house form of an amount on paper (documents sent to customers and internal reports alike):
 * the ISO code, a space, the figure with thousands separators and two decimals, "USD 13,608.58";
 * a negative keeps its minus on the figure ("USD -40.00"). Not "$": a customer abroad reads it as
 * his own dollar. Code first, as the invoice's and the statement's totals read ("TOTAL DUE USD 289.80").
 * Figures in a column or totals block print bare ({@link #PATTERN}); the document names the currency
 * once beside them. The rule: src/site/markdown/ux.md, "Amounts on paper".
 */
public final class PaperMoney {
    /** The templates' pattern for a bare figure in a column or totals block. */
    public static final String PATTERN = "#,##0.00";
    /** The templates' pattern for an amount standing on its own: "USD 8,015.00", "USD -40.00". */
    public static final String WITH_CODE_PATTERN = "'USD '#,##0.00;'USD -'#,##0.00";
    public static final String CODE = Money.BOOK_CURRENCY;

    private PaperMoney() {
    }

    /** "USD 1,289,122.41"; "" for no amount. */
    public static String withCode(BigDecimal amount) {
        return amount == null ? "" : CODE + " " + figure(amount);
    }

    public static String withCode(Money amount) {
        return amount == null ? "" : withCode(amount.amount());
    }

    /** "1,289,122.41", "-40.00" (US grouping, two decimals, half up). */
    public static String figure(BigDecimal amount) {
        return String.format(java.util.Locale.US, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }
}
