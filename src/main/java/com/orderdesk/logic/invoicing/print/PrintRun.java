package com.orderdesk.logic.invoicing.print;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether this print of a document is the original (its first print) or a copy. The first print
 * is recorded by the caller (who, when); every later print is a copy, marked "COPY", and shows the
 * original issue date next to the date of the reprint.
 */
public record PrintRun(boolean copy, LocalDate printedOn) {
    public PrintRun {
        Objects.requireNonNull(printedOn, "printedOn");
    }

    public static PrintRun original(LocalDate printedOn) {
        return new PrintRun(false, printedOn);
    }

    public static PrintRun copy(LocalDate printedOn) {
        return new PrintRun(true, printedOn);
    }
}
