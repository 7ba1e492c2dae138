package com.orderdesk.logic.invoicing.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether this print of a document is the original (its first print) or a copy. The first print
 * is recorded by the caller (who, when); every later print is a copy, marked "COPY", and shows the
 * original issue date next to the date of the reprint.
 *
 * @param paidOn the day the invoice was paid in full, as the book stands at this print; null while
 *               money is owed on it (a copy keeps the original's figures and says it is paid, so its
 *               reader does not take "TOTAL DUE" for money still owed)
 */
public record PrintRun(boolean copy, LocalDate printedOn, LocalDate paidOn) {
    public PrintRun {
        Objects.requireNonNull(printedOn, "printedOn");
    }

    public PrintRun(boolean copy, LocalDate printedOn) {
        this(copy, printedOn, null);
    }

    public static PrintRun original(LocalDate printedOn) {
        return new PrintRun(false, printedOn);
    }

    public static PrintRun copy(LocalDate printedOn) {
        return new PrintRun(true, printedOn);
    }

    /** The same print of a document paid in full on {@code day} (null: not paid). */
    public PrintRun paidOn(LocalDate day) {
        return new PrintRun(copy, printedOn, day);
    }
}
