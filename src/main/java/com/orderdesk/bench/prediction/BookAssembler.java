package com.orderdesk.bench.prediction;

import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts simulated invoices into a book at the as-of date: those paid by then are history (the
 * oldest dropped until at most {@code paidTarget} are left, as if the book began then), those
 * issued by then and not yet paid are open, with their real pay date kept as the answer.
 * Invoices are numbered in date order, as a real series would be.
 */
final class BookAssembler {
    private BookAssembler() {
    }

    static GeneratedBook assemble(String name, LocalDate asOf, List<SimulatedInvoice> all, int paidTarget,
                                  Map<String, String> kinds) {
        List<SimulatedInvoice> issued = new ArrayList<>();
        for (SimulatedInvoice s : all) {
            if (!s.invoiceDate().isAfter(asOf)) {
                issued.add(s);
            }
        }
        issued.sort(Comparator.comparing(SimulatedInvoice::invoiceDate).thenComparing(SimulatedInvoice::customerNo));
        List<SimulatedInvoice> paid = new ArrayList<>();
        for (SimulatedInvoice s : issued) {
            if (s.paid() != null && !s.paid().isAfter(asOf)) {
                paid.add(s);
            }
        }
        int drop = Math.max(0, paid.size() - paidTarget);
        LocalDate bookStart = drop == 0 ? LocalDate.MIN : paid.get(drop).invoiceDate();
        List<PaidInvoice> history = new ArrayList<>();
        List<OpenInvoice> open = new ArrayList<>();
        Map<String, LocalDate> truth = new HashMap<>();
        int number = 100000;
        int dropped = 0;
        for (SimulatedInvoice s : issued) {
            boolean isPaid = s.paid() != null && !s.paid().isAfter(asOf);
            if (isPaid && dropped < drop) {
                dropped++;
                continue;
            }
            if (!isPaid && s.invoiceDate().isBefore(bookStart)) {
                continue; // written off before the book began
            }
            String no = "INV-" + number++;
            if (isPaid) {
                history.add(new PaidInvoice(no, s.customerNo(), s.invoiceDate(), s.dueDate(), s.amount(), s.terms(), s.paid()));
            } else {
                open.add(new OpenInvoice(no, s.customerNo(), s.invoiceDate(), s.dueDate(), s.amount(), s.terms()));
                truth.put(no, s.paid());
            }
        }
        return new GeneratedBook(name, asOf, history, open, truth, kinds);
    }
}
