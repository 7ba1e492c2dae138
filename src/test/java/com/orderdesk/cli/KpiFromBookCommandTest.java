package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.persistence.TestBook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi --db}: the book's figures are the figures of the book's ledgers written as files, byte
 * for byte the same JSON; it signs in with the right to see receivables; a book and files at once,
 * or neither, is refused.
 */
class KpiFromBookCommandTest {
    private static final Map<String, String> ENV = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    Path dir;
    Path db;
    Ledgers ledgers;

    @BeforeEach
    void book() {
        OrderLife life = new OrderLife(TestBook.create(dir));
        life.entered().released().overridden().shipped().invoiced().paid();
        ledgers = life.services.kpi().ledgers(life.manager).ledgers();
        life.book.db.close();
        db = dir.resolve("book.db");
    }

    private static CliRuns.Run kpi(String... args) {
        return CliRuns.run(new KpiCommand(), ENV, args);
    }

    @Test
    void theBookGivesTheSameJsonAsItsLedgersWrittenAsFiles() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ledger"));
        write(ledgers, folder);

        CliRuns.Run fromBook = kpi("--db", db.toString(), "--user", "carmen", "--as-of", TestBook.TODAY.toString(), "--days", "30");
        CliRuns.Run fromFiles = kpi("--ledger", folder.toString(), "--as-of", TestBook.TODAY.toString(), "--days", "30");

        assertThat(fromBook.status()).as(fromBook.err()).isZero();
        assertThat(fromFiles.status()).as(fromFiles.err()).isZero();
        assertThat(fromBook.out()).isEqualTo(fromFiles.out()).contains("\"touchless_order_rate\" : 0.0000")
                .contains("\"split_shipment_rate\" : 1.0000").contains("\"orders_entered\" : 1");
    }

    @Test
    void anOrderClerkIsRefusedAndBothOrNeitherSourceIsBadInput() {
        CliRuns.Run clerk = kpi("--db", db.toString(), "--user", "clerk1", "--as-of", TestBook.TODAY.toString());
        assertThat(clerk.status()).isEqualTo(2);
        assertThat(clerk.err()).contains("view receivables");
        assertThat(clerk.out()).isEmpty();

        CliRuns.Run both = kpi("--db", db.toString(), "--ledger", dir.toString(), "--user", "carmen", "--as-of", "2026-11-26");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("--ledger").contains("not both");
        CliRuns.Run neither = kpi("--as-of", "2026-11-26");
        assertThat(neither.status()).isEqualTo(2);
        assertThat(neither.err()).contains("not neither");
        CliRuns.Run badDate = kpi("--db", db.toString(), "--user", "carmen", "--as-of", "2026-13-01");
        assertThat(badDate.status()).isEqualTo(2);
        assertThat(badDate.err()).contains("--as-of");
        assertThat(badDate.out()).isEmpty();
    }

    /** The four files of the contract, as the kpi command reads them. */
    static void write(Ledgers l, Path folder) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("invoices.csv"), StandardCharsets.UTF_8)) {
            w.write("invoice_no,customer_no,invoice_date,due_date,amount\n");
            for (Ledgers.Invoice i : l.invoices()) {
                w.write(String.join(",", i.invoiceNo(), i.customerNo(), i.invoiceDate().toString(), i.dueDate().toString(),
                        i.amount().toPlainString()) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("settlements.csv"), StandardCharsets.UTF_8)) {
            w.write("invoice_no,date,amount,kind\n");
            for (Ledgers.Settlement s : l.settlements()) {
                w.write(String.join(",", s.invoiceNo(), s.date().toString(), s.amount().toPlainString(), s.kind().name()) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("payments.csv"), StandardCharsets.UTF_8)) {
            w.write("payment_id,received_date,amount,auto\n");
            for (Ledgers.Payment p : l.payments()) {
                w.write(String.join(",", p.paymentId(), p.receivedDate().toString(), p.amount().toPlainString(),
                        String.valueOf(p.auto())) + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve("orders.csv"), StandardCharsets.UTF_8)) {
            w.write("order_no,customer_no,channel,entered_date,touched,shipped_date,shipments,shipping_cost,handling_cost,"
                    + "complete,on_time,undamaged,invoice_correct\n");
            for (Ledgers.Order o : l.orders()) {
                w.write(String.join(",", o.orderNo(), o.customerNo(), o.channel().name(), o.enteredDate().toString(),
                        String.valueOf(o.touched()), o.shipped() ? o.shippedDate().toString() : "", String.valueOf(o.shipments()),
                        o.shippingCost().toPlainString(), o.handlingCost().toPlainString(), String.valueOf(o.complete()),
                        String.valueOf(o.onTime()), String.valueOf(o.undamaged()), String.valueOf(o.invoiceCorrect())) + "\n");
            }
        }
    }
}
