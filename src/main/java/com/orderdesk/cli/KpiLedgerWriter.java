package com.orderdesk.cli;

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
 * Writes ledgers as the four CSV files of contracts/kpi.md, in the layout {@link KpiLedgerFiles}
 * reads back: the {@code simulate} command's ledgers and the {@code kpi-bench} command's generated
 * ones. Amounts are written with two decimals (the files' unit is the cent; the bench's amounts are
 * whole cents already, so its files are as before); a field with a comma, quote or line break is
 * quoted as RFC 4180 says (a customer number typed on a real book may hold one; generated ids do not,
 * so they are written bare as before).
 */
public final class KpiLedgerWriter {
    private KpiLedgerWriter() {
    }

    public static void write(Ledgers ledgers, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter w = open(folder, KpiLedgerFiles.INVOICES, KpiLedgerFiles.INVOICE_COLUMNS)) {
            for (Ledgers.Invoice i : ledgers.invoices()) {
                line(w, i.invoiceNo(), i.customerNo(), i.invoiceDate(), i.dueDate(), money(i.amount()));
            }
        }
        try (BufferedWriter w = open(folder, KpiLedgerFiles.SETTLEMENTS, KpiLedgerFiles.SETTLEMENT_COLUMNS)) {
            for (Ledgers.Settlement s : ledgers.settlements()) {
                line(w, s.invoiceNo(), s.date(), money(s.amount()), s.kind());
            }
        }
        try (BufferedWriter w = open(folder, KpiLedgerFiles.PAYMENTS, KpiLedgerFiles.PAYMENT_COLUMNS)) {
            for (Ledgers.Payment p : ledgers.payments()) {
                line(w, p.paymentId(), p.receivedDate(), money(p.amount()), p.auto());
            }
        }
        try (BufferedWriter w = open(folder, KpiLedgerFiles.ORDERS, KpiLedgerFiles.ORDER_COLUMNS)) {
            for (Ledgers.Order o : ledgers.orders()) {
                if (o.shipped()) {
                    line(w, o.orderNo(), o.customerNo(), o.channel(), o.enteredDate(), o.touched(), o.shippedDate(), o.shipments(),
                            money(o.shippingCost()), money(o.handlingCost()), o.complete(), o.onTime(), o.undamaged(),
                            o.invoiceCorrect());
                } else {
                    // not shipped yet: the spec leaves the shipment columns empty
                    line(w, o.orderNo(), o.customerNo(), o.channel(), o.enteredDate(), o.touched(), "", "", "", "", "", "", "", "");
                }
            }
        }
    }

    private static BufferedWriter open(Path folder, String file, List<String> columns) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
        w.write(String.join(",", columns));
        w.write('\n');
        return w;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

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
