package com.orderdesk.logic.capture;

import java.math.BigDecimal;
import java.util.List;

/**
 * A line as a reader found it, before pricing: the product (or the best guess when
 * {@code problems} say it is in doubt), the quantity in selling units (null when unclear), the unit
 * price the customer stated (per selling unit, null when none) and what a person must check.
 */
public record LineReading(String sku, Long quantity, BigDecimal statedUnitPrice, String text, TextSpan span,
                          List<Reason> problems) {
    public LineReading {
        problems = List.copyOf(problems);
    }

    public boolean certain() {
        return problems.isEmpty() && sku != null && quantity != null;
    }
}
