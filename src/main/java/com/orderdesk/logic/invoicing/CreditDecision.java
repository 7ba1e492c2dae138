package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of checking a credit request against an invoice: either the amounts of the credit
 * memo to issue, or the problems that forbid it (each a sentence a clerk can act on).
 *
 * @param lines  the credited lines (empty for a lump-sum credit)
 * @param taxes  tax credited per jurisdiction (empty for a lump-sum credit, whose amount includes tax)
 * @param total  what the credit memo takes off the invoice balance
 */
public record CreditDecision(List<String> problems, List<CreditedLine> lines, Money linesAmount,
                             List<TaxAmount> taxes, Money total) {

    public CreditDecision {
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    static CreditDecision refused(List<String> problems) {
        return new CreditDecision(problems, List.of(), Money.ZERO, List.of(), Money.ZERO);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /**
     * One credited invoice line: quantity may be zero when only an amount is credited. {@code withheld}: what
     * was kept from the quantity's value (a restocking fee), already taken off {@code amount}; zero otherwise.
     */
    public record CreditedLine(int lineNo, String sku, String description, BigDecimal quantity, Money amount,
                               boolean taxable, Money withheld) {
        public CreditedLine(int lineNo, String sku, String description, BigDecimal quantity, Money amount, boolean taxable) {
            this(lineNo, sku, description, quantity, amount, taxable, Money.ZERO);
        }
    }
}
