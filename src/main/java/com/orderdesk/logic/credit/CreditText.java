package com.orderdesk.logic.credit;

import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Formats the numbers inside reason sentences. The sentences are stored with held orders and
 * read by people in any locale, so they use one fixed, unambiguous form: "$52,310.00",
 * "Sep 30, 2026", "47 days".
 */
final class CreditText {
    private CreditText() {
    }

    static String money(Money m) {
        // DecimalFormat is not thread-safe; a new one per call is cheap next to a credit check.
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        String digits = f.format(m.amount().abs());
        return (m.isNegative() ? "-$" : "$") + digits;
    }

    static String date(LocalDate d) {
        return ReadableDates.format(d);
    }

    static String days(long n) {
        return n == 1 || n == -1 ? n + " day" : String.format(Locale.US, "%,d days", n);
    }

    static String percent(BigDecimal p) {
        return p.stripTrailingZeros().toPlainString() + "%";
    }
}
