package com.orderdesk.bench;

import com.orderdesk.cli.CashCsv;
import com.orderdesk.logic.cash.matching.Customer;
import com.orderdesk.logic.cash.matching.OpenItem;
import com.orderdesk.logic.cash.matching.Payment;
import com.orderdesk.bench.cash.Expected;
import com.orderdesk.bench.cash.GeneratedSet;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a generated set as the {@code match} command's input files plus {@code expected.csv}. */
final class BenchFiles {
    static final List<String> EXPECTED_COLUMNS = List.of("payment_id", "invoice_no", "applied_amount",
            "discount_amount", "deduction_amount", "scenario", "decidable");

    private BenchFiles() {
    }

    static void write(GeneratedSet set, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (CSVPrinter p = printer(dir.resolve("customers.csv"), CashCsv.CUSTOMER_COLUMNS)) {
            for (Customer c : set.customers()) {
                p.printRecord(c.customerNo(), c.name(), text(c.parentNo()), String.join(";", c.bankAccounts()));
            }
        }
        try (CSVPrinter p = printer(dir.resolve("open.csv"), CashCsv.OPEN_COLUMNS)) {
            for (OpenItem i : set.openItems()) {
                p.printRecord(i.invoiceNo(), i.customerNo(), date(i.invoiceDate()), date(i.dueDate()),
                        amount(i.originalAmount()), amount(i.openAmount()), i.currency(),
                        i.discountPct() == null ? "" : i.discountPct().toPlainString(), date(i.discountUntil()));
            }
        }
        try (CSVPrinter p = printer(dir.resolve("payments.csv"), CashCsv.PAYMENT_COLUMNS)) {
            for (Payment x : set.payments()) {
                p.printRecord(x.paymentId(), date(x.receivedDate()), amount(x.amount()), x.currency(), x.payerName(),
                        x.payerAccount(), x.reference());
            }
        }
        try (CSVPrinter p = printer(dir.resolve("expected.csv"), EXPECTED_COLUMNS)) {
            for (Expected e : set.expected()) {
                for (Expected.Row r : e.rows()) {
                    p.printRecord(e.paymentId(), r.invoiceNo(), amount(r.applied()), amount(r.discount()),
                            amount(r.deduction()), e.scenario(), e.decidable());
                }
                if (e.unapplied().signum() != 0 || e.rows().isEmpty()) {
                    p.printRecord(e.paymentId(), "", amount(e.unapplied()), "0.00", "0.00", e.scenario(), e.decidable());
                }
            }
        }
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String amount(BigDecimal a) {
        return a == null ? "" : a.setScale(2).toPlainString();
    }
}
