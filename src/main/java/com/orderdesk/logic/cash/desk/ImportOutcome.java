package com.orderdesk.logic.cash.desk;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an import stored: payments new to the book, and those skipped as already imported.
 *
 * @param format         the format the file was recognised as (a {@code BankFormat} name: BAI2, CAMT_053, MT940...)
 * @param paymentNumbers the numbers of the payments it stored, in file order
 * @param latest         the latest received date among the payments it stored, or null when it stored none
 * @param earlier        when the very same file was imported before: by whom and as what name; else empty
 */
public record ImportOutcome(String fileName, String format, int imported, int skipped, BigDecimal total,
                            List<String> paymentNumbers, java.time.LocalDate latest, String earlier) {
    public ImportOutcome {
        paymentNumbers = List.copyOf(paymentNumbers);
        earlier = earlier == null ? "" : earlier;
    }

    /** The line a person reads first: "Imported 3 payments (1 already imported) from FILE". */
    public String summary(String file) {
        return "Imported " + imported + " payments (" + skipped + " already imported) from " + file;
    }
}
