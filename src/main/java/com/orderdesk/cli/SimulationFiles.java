package com.orderdesk.cli;

import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.Ledgers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code simulate} command writes for one run: the kpi spec's four ledger files (the
 * layout {@link KpiLedgerFiles} reads back), {@code kpis.json} exactly as the {@code kpi} command
 * writes it, and the report's text.
 */
final class SimulationFiles {
    private SimulationFiles() {
    }

    static void writeLedgers(Ledgers ledgers, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("invoices.csv"), StandardCharsets.UTF_8)) {
            w.write("invoice_no,customer_no,invoice_date,due_date,amount\n");
            for (Ledgers.Invoice i : ledgers.invoices()) {
                line(w, i.invoiceNo(), i.customerNo(), i.invoiceDate(), i.dueDate(), money(i.amount()));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("settlements.csv"), StandardCharsets.UTF_8)) {
            w.write("invoice_no,date,amount,kind\n");
            for (Ledgers.Settlement s : ledgers.settlements()) {
                line(w, s.invoiceNo(), s.date(), money(s.amount()), s.kind());
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("payments.csv"), StandardCharsets.UTF_8)) {
            w.write("payment_id,received_date,amount,auto\n");
            for (Ledgers.Payment p : ledgers.payments()) {
                line(w, p.paymentId(), p.receivedDate(), money(p.amount()), p.auto());
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("orders.csv"), StandardCharsets.UTF_8)) {
            w.write("order_no,customer_no,channel,entered_date,touched,shipped_date,shipments,shipping_cost,handling_cost,"
                    + "complete,on_time,undamaged,invoice_correct\n");
            for (Ledgers.Order o : ledgers.orders()) {
                if (o.shipped()) {
                    line(w, o.orderNo(), o.customerNo(), o.channel(), o.enteredDate(), o.touched(), o.shippedDate(), o.shipments(),
                            money(o.shippingCost()), money(o.handlingCost()), o.complete(), o.onTime(), o.undamaged(),
                            o.invoiceCorrect());
                } else {
                    line(w, o.orderNo(), o.customerNo(), o.channel(), o.enteredDate(), o.touched(), "", "", "", "", "", "", "", "");
                }
            }
        }
    }

    static void writeKpis(KpiFigures figures, Path file) throws IOException {
        Files.writeString(file, KpiJson.write(figures), StandardCharsets.UTF_8);
    }

    static void writeText(List<String> lines, Path file) throws IOException {
        Files.writeString(file, String.join(System.lineSeparator(), lines) + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    private static void line(BufferedWriter w, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = String.valueOf(fields[i]);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                f = '"' + f.replace("\"", "\"\"") + '"';
            }
            w.write(f);
        }
        w.write('\n');
    }
}
