package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;

/** What a clerk asks to credit on an invoice; every request carries its reason. */
public sealed interface CreditRequest {
    String reason();

    /** Everything on the invoice not yet credited. */
    record Full(String reason) implements CreditRequest {
    }

    /** A lump sum (price allowance, goodwill), tax included, not allocated to lines. */
    record ByAmount(Money amount, String reason) implements CreditRequest {
    }

    /** Chosen lines, each by quantity (returned goods) or by amount (price correction); tax follows. */
    record ByLines(List<LineCredit> lines, String reason) implements CreditRequest {
        public ByLines {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Exactly one of {@code quantity} and {@code amount} is given. {@code withheld} (with a quantity
     * only, may be null) is kept from the quantity's credit before tax: a returned line's restocking fee.
     */
    record LineCredit(int lineNo, BigDecimal quantity, Money amount, Money withheld) {
        public LineCredit(int lineNo, BigDecimal quantity, Money amount) {
            this(lineNo, quantity, amount, null);
        }

        public static LineCredit ofQuantity(int lineNo, BigDecimal quantity) {
            return new LineCredit(lineNo, quantity, null);
        }

        /** Returned units less a fee kept from their credit (the fee stays a taxable sale). */
        public static LineCredit ofQuantityLess(int lineNo, BigDecimal quantity, Money withheld) {
            return new LineCredit(lineNo, quantity, null, withheld);
        }

        public static LineCredit ofAmount(int lineNo, Money amount) {
            return new LineCredit(lineNo, null, amount);
        }
    }
}
