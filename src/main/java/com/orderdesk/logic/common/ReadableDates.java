package com.orderdesk.logic.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one form a date takes inside a sentence meant for a person: "Dec 1, 2026", as the screens
 * show it. Fixed to US English rather than the machine's locale because the same sentences are also
 * kept with held orders and timelines and read by people anywhere; an ISO "2026-12-01" reads as
 * a code, and "12/1/2026" is ambiguous across countries. Stored fields, files and spec'd command
 * outputs keep ISO dates and must not use this.
 */
public final class ReadableDates {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    private ReadableDates() {
    }

    /** "Dec 1, 2026"; an empty string for no date, so an optional date never prints "null". */
    public static String format(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
