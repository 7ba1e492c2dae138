package com.orderdesk.logic.order;

import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.model.common.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Numbers inside timeline sentences, in the one fixed form the credit reasons already use
 * ("$1,234.50", "Dec 3, 2026"), so a sentence reads the same whoever wrote it.
 */
final class TimelineText {
    private TimelineText() {
    }

    static String money(Money m) {
        if (m == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return (m.isNegative() ? "-$" : "$") + f.format(m.amount().abs());
    }

    static String money(String stored) {
        try {
            return stored == null || stored.isBlank() ? "" : money(Money.of(stored));
        } catch (RuntimeException e) {
            return stored;
        }
    }

    static String date(LocalDate d) {
        return ReadableDates.format(d);
    }

    /** "CREDIT_HOLD" and "riskClass" as words: "credit hold", "risk class". */
    static String words(String code) {
        if (code == null) {
            return "";
        }
        String spaced = code.contains("_") ? code.replace('_', ' ') : code.replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.ROOT);
    }

    static String sentence(String s) {
        if (s == null || s.isBlank()) {
            return "";
        }
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
