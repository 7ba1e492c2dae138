package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.invoicing.CreditBasis;
import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.PricedLine;
import com.orderdesk.logic.invoicing.PriorCredits;
import com.orderdesk.logic.invoicing.TaxAmount;
import com.orderdesk.logic.invoicing.TaxJurisdiction;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The credit memo dialog's preview of what it would issue, as the clerk types (tour12: no amount before issuing). */
class CreditMemoDraftTest {
    private final Formats us = Formats.forLocale(Locale.US);
    // 6 BX at 12.50 (75.00) and 12 BD at 98.00 less 12.5 % (1,029.00), Ohio 5.75 % on both: 1,167.48
    private final CreditBasis invoice = new CreditBasis("INV-012479", new InvoiceTotals(List.of(
            new PricedLine(1, "MR504-01", "Screws", BigDecimal.valueOf(6), "BX", new BigDecimal("12.50"), BigDecimal.ZERO, true,
                    Money.of("75.00"), Money.ZERO, Money.of("75.00")),
            new PricedLine(2, "PK417-02", "Boards", BigDecimal.valueOf(12), "BD", new BigDecimal("98.00"), new BigDecimal("12.5"), true,
                    Money.of("1176.00"), Money.of("147.00"), Money.of("1029.00"))),
            Money.of("1104.00"), Money.of("147.00"), Money.ZERO, false,
            List.of(new TaxAmount(new TaxJurisdiction("OH", "OH sales tax", new BigDecimal("5.75")), Money.of("1104.00"), Money.of("63.48"))),
            Money.of("63.48"), Money.of("1167.48")), PriorCredits.NONE);

    private List<String> preview(CreditMemoDraft.Kind kind, String amount, Map<Integer, String> quantities) {
        return CreditMemoDraft.preview(invoice, CreditMemoDraft.read(kind, amount, quantities, "", us), us);
    }

    @Test
    void theLinesTaxAndTotalOfWhatWouldBeIssuedFollowTheTyping() {
        Map<Integer, String> qty = new LinkedHashMap<>();
        qty.put(1, "");
        qty.put(2, "");
        assertThat(preview(CreditMemoDraft.Kind.LINES, "", qty)).containsExactly("Type the quantity to credit on at least one line.");
        qty.put(2, "2");
        // 2 of 12 boards: 1,029.00 x 2 / 12 = 171.50, tax 9.86
        assertThat(preview(CreditMemoDraft.Kind.LINES, "", qty)).containsExactly("2  PK417-02  2 BD  171.50", "Tax  9.86",
                "Total credit  181.36");
        qty.put(2, "13");
        assertThat(preview(CreditMemoDraft.Kind.LINES, "", qty)).singleElement().asString().startsWith("Line 2 (PK417-02): cannot credit 13");
        assertThat(preview(CreditMemoDraft.Kind.FULL, "", qty)).containsExactly("1  MR504-01  6 BX  75.00",
                "2  PK417-02  12 BD  1,029.00", "Tax  63.48", "Total credit  1,167.48");
        assertThat(preview(CreditMemoDraft.Kind.AMOUNT, "25", qty)).containsExactly("Total credit  25.00");
        assertThat(preview(CreditMemoDraft.Kind.AMOUNT, "", qty)).containsExactly("Type the amount to credit, tax included.");
        assertThat(CreditMemoDraft.total(invoice, CreditMemoDraft.read(CreditMemoDraft.Kind.AMOUNT, "2,000", qty, "x", us)))
                .as("more than is open: no total").isNull();
    }
}
