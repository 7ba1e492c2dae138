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

    /** Exactly one of {@code quantity} and {@code amount} is given. */
    record LineCredit(int lineNo, BigDecimal quantity, Money amount) {
        public static LineCredit ofQuantity(int lineNo, BigDecimal quantity) {
            return new LineCredit(lineNo, quantity, null);
        }

        public static LineCredit ofAmount(int lineNo, Money amount) {
            return new LineCredit(lineNo, null, amount);
        }
    }
}
