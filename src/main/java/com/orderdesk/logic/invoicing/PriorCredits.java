package com.orderdesk.logic.invoicing;

import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What earlier credit memos already credited on one invoice.
 *
 * @param byLine per invoice line number: quantity and net amount credited (lines never credited may be absent)
 * @param total  everything credited so far on the invoice, tax and lump sums included
 */
public record PriorCredits(Map<Integer, Credited> byLine, Money total) {
    public static final PriorCredits NONE = new PriorCredits(Map.of(), Money.ZERO);

    public PriorCredits {
        byLine = Map.copyOf(byLine);
    }

    public Credited onLine(int lineNo) {
        return byLine.getOrDefault(lineNo, Credited.NOTHING);
    }

    public record Credited(BigDecimal quantity, Money amount) {
        public static final Credited NOTHING = new Credited(BigDecimal.ZERO, Money.ZERO);
    }
}
