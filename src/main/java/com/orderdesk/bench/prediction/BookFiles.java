package com.orderdesk.bench.prediction;

import com.orderdesk.logic.prediction.OpenInvoice;
import com.orderdesk.logic.prediction.PaidInvoice;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a generated book as predict-payments' two inputs plus {@code truth.csv} (the real pay dates). */
public final class BookFiles {
    static final List<String> HISTORY = List.of("invoice_no", "customer_no", "invoice_date", "due_date", "amount", "terms", "paid_date");
    static final List<String> OPEN = List.of("invoice_no", "customer_no", "invoice_date", "due_date", "amount", "terms");
    static final List<String> TRUTH = List.of("invoice_no", "paid_date", "customer_kind");

    private BookFiles() {
    }

    public static void write(GeneratedBook book, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CSVPrinter p = printer(dir.resolve("history.csv"), HISTORY)) {
            for (PaidInvoice i : book.history()) {
                p.printRecord(i.invoiceNo(), i.customerNo(), i.invoiceDate(), i.dueDate(), i.amount().setScale(2).toPlainString(),
                        i.terms(), i.paidDate());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("open.csv"), OPEN)) {
            for (OpenInvoice i : book.open()) {
                p.printRecord(i.invoiceNo(), i.customerNo(), i.invoiceDate(), i.dueDate(), i.amount().setScale(2).toPlainString(),
                        i.terms());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("truth.csv"), TRUTH)) {
            for (OpenInvoice i : book.open()) {
                LocalDate d = book.truePaidDates().get(i.invoiceNo());
                p.printRecord(i.invoiceNo(), d == null ? "" : d.toString(), book.customerKind().get(i.customerNo()));
            }
        }
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }
}
