package com.orderdesk.bench.prediction;

import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A generated book with its answers: the history and open invoices at the as-of date, and the
 * date each open invoice was really paid (absent: never paid).
 *
 * @param customerKind the behaviour each customer was generated with, for scores by kind
 */
public record GeneratedBook(String name, LocalDate asOf, List<PaidInvoice> history, List<OpenInvoice> open,
                            Map<String, LocalDate> truePaidDates, Map<String, String> customerKind) {

    public Optional<LocalDate> truePaidDate(String invoiceNo) {
        return Optional.ofNullable(truePaidDates.get(invoiceNo));
    }
}
