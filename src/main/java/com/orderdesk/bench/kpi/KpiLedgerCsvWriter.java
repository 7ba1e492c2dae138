package com.orderdesk.bench.kpi;

import com.orderdesk.logic.kpi.Ledgers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes generated ledgers as the four CSV files of contracts/kpi.md, ready for the {@code kpi} command. */
final class KpiLedgerCsvWriter {
    private KpiLedgerCsvWriter() {
    }

    /** Generated ids and numbers hold no comma or quote, so fields need no quoting. */
    static void write(Ledgers ledgers, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("invoices.csv"), StandardCharsets.UTF_8)) {
            w.write("invoice_no,customer_no,invoice_date,due_date,amount\n");
            for (Ledgers.Invoice i : ledgers.invoices()) {
                line(w, i.invoiceNo(), i.customerNo(), i.invoiceDate(), i.dueDate(), plain(i.amount()));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("settlements.csv"), StandardCharsets.UTF_8)) {
            w.write("invoice_no,date,amount,kind\n");
            for (Ledgers.Settlement s : ledgers.settlements()) {
                line(w, s.invoiceNo(), s.date(), plain(s.amount()), s.kind());
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("payments.csv"), StandardCharsets.UTF_8)) {
            w.write("payment_id,received_date,amount,auto\n");
            for (Ledgers.Payment p : ledgers.payments()) {
                line(w, p.paymentId(), p.receivedDate(), plain(p.amount()), p.auto());
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("orders.csv"), StandardCharsets.UTF_8)) {
            w.write("order_no,customer_no,channel,entered_date,touched,shipped_date,shipments,shipping_cost,handling_cost,"
                    + "complete,on_time,undamaged,invoice_correct\n");
            for (Ledgers.Order o : ledgers.orders()) {
                if (o.shipped()) {
                    line(w, o.orderNo(), o.customerNo(), o.channel(), o.enteredDate(), o.touched(), o.shippedDate(), o.shipments(),
                            plain(o.shippingCost()), plain(o.handlingCost()), o.complete(), o.onTime(), o.undamaged(), o.invoiceCorrect());
                } else {
                    line(w, o.orderNo(), o.customerNo(), o.channel(), o.enteredDate(), o.touched(), "", "", "", "", "", "", "", "");
                }
            }
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static void line(BufferedWriter w, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(String.valueOf(fields[i]));
        }
        w.write('\n');
    }
}
